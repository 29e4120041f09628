package uk.caseaudit.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import uk.caseaudit.api.problem.ProblemJson;

/** Answers 401 and 403 as application/problem+json, like every other error of the API. */
@Component
class ProblemWriter implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemJson problems;
    private final String challenge;

    ProblemWriter(ProblemJson problems, SecuritySettings settings) {
        this.problems = problems;
        this.challenge = settings.authentication() == SecuritySettings.Authentication.JWT
                ? "Bearer" : "Basic realm=\"case-audit\"";
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException notAuthenticated) throws IOException {
        response.setHeader("WWW-Authenticate", challenge);
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "Authentication is required.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException denied) throws IOException {
        problems.write(request, response, HttpStatus.FORBIDDEN, "Your role may not do this.");
    }
}
