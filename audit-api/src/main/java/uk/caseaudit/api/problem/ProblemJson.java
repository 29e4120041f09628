package uk.caseaudit.api.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes an application/problem+json answer where Spring MVC's exception handling ({@link ProblemAdvice}) cannot: in
 * the servlet filters that answer before a controller runs (security, request size, Idempotency-Key). The answer
 * has the same shape as ProblemAdvice's: status, detail, the request's path as {@code instance}, and any extra
 * properties ({@code errors}, {@code rule}).
 */
@Component
public class ProblemJson {

    private final ObjectMapper json;

    ProblemJson(ObjectMapper json) {
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        write(request, response, status, detail, Map.of());
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
                      Map<String, Object> properties) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        properties.forEach(problem::setProperty);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
