package uk.caseaudit.api.command;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import uk.caseaudit.api.events.AppendTimeLimit;
import uk.caseaudit.api.problem.FieldError;
import uk.caseaudit.api.problem.ProblemJson;

/**
 * Idempotency-Key on commands: the first answer of a key is kept; a repeat of the same request by
 * the same user gets it again (with {@code Idempotent-Replayed: true}) and stores nothing; the same
 * key with another request is refused with 422. The key itself is stored by
 * {@link IdempotencyRecorder} inside the command's transaction, so only a stored command keeps it; that
 * transaction spans the whole request and takes in the keeping of the answer, so a key is never stored without
 * its answer (a crash after a commit would otherwise leave a repeat "in progress" for ever).
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    private final JdbcTemplate jdbc;
    private final ProblemJson problems;
    private final TransactionTemplate transaction;

    IdempotencyFilter(JdbcTemplate jdbc, ProblemJson problems, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.problems = problems;
        this.transaction = transaction;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!KEY.matcher(key).matches()) {
            problems.write(request, response, HttpStatus.BAD_REQUEST,
                    "Idempotency-Key must be 1 to 100 letters, digits or . _ : -", Map.of("errors",
                            List.of(new FieldError(HEADER, "1 to 100 letters, digits or . _ : -"))));
            return;
        }
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        Idempotency idempotency = new Idempotency(user.getName() + "|" + key, hash(request, body));
        List<Map<String, Object>> earlier = jdbc.queryForList(
                "SELECT request_hash, response_status, location, etag, body FROM idempotency_key WHERE key_id = ?",
                idempotency.keyId());
        if (!earlier.isEmpty()) {
            replay(request, response, idempotency, earlier.get(0));
            return;
        }
        request.setAttribute(Idempotency.REQUEST_ATTRIBUTE, idempotency);
        Map<String, List<String>> headersBefore = new LinkedHashMap<>(); // e.g. CORS, kept if the answer is replaced
        response.getHeaderNames().forEach(name -> headersBefore.put(name, List.copyOf(response.getHeaders(name))));
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        // The answer stays in the buffer until the command, its key and the answer are committed together.
        try {
            transaction.executeWithoutResult(status -> {
                try {
                    chain.doFilter(new CachedBody(request, body), answer);
                } catch (IOException | ServletException failure) {
                    throw new IllegalStateException(failure);
                }
                if (answer.getStatus() >= 200 && answer.getStatus() < 300) {
                    jdbc.update("UPDATE idempotency_key SET response_status = ?, location = ?, etag = ?, body = ? "
                                    + "WHERE key_id = ?", answer.getStatus(), answer.getHeader(HttpHeaders.LOCATION),
                            answer.getHeader(HttpHeaders.ETAG),
                            new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8), idempotency.keyId());
                } else {
                    status.setRollbackOnly(); // refused: nothing of it stays, the key neither
                }
            });
        } catch (RuntimeException commitRefused) {
            if (!AppendTimeLimit.refusedLate(commitRefused)) {
                throw commitRefused;
            }
            // The command's answer (status, Location, ETag, body) is void: nothing of it, nor the key, was stored.
            response.reset();
            headersBefore.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, AppendTimeLimit.REFUSAL, Map.of());
            return;
        }
        answer.copyBodyToResponse();
    }

    private void replay(HttpServletRequest request, HttpServletResponse response, Idempotency idempotency,
                        Map<String, Object> earlier) throws IOException {
        if (!idempotency.requestHash().equals(String.valueOf(earlier.get("request_hash")).trim())) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_ENTITY,
                    "This Idempotency-Key was already used for a different request.",
                    Map.of("rule", "IDEMPOTENCY_KEY_REUSED"));
            return;
        }
        Object status = earlier.get("response_status");
        if (status == null) {
            problems.write(request, response, HttpStatus.CONFLICT, new IdempotencyKeyInProgress().getMessage(), Map.of());
            return;
        }
        response.setStatus(((Number) status).intValue());
        if (earlier.get("location") != null) {
            response.setHeader(HttpHeaders.LOCATION, (String) earlier.get("location"));
        }
        if (earlier.get("etag") != null) {
            response.setHeader(HttpHeaders.ETAG, (String) earlier.get("etag"));
        }
        response.setHeader("Idempotent-Replayed", "true");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(((String) earlier.get("body")).getBytes(StandardCharsets.UTF_8));
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The request with its body read once already, readable again by the controller. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
