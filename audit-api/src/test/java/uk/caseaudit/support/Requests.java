package uk.caseaudit.support;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Small builders of HTTP requests for the API tests. */
public final class Requests {

    private Requests() {
    }

    public static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    /** A JSON body with an If-Match header; none when {@code ifMatch} is null. */
    public static HttpEntity<String> json(String body, String ifMatch) {
        return ifMatch == null ? json(body) : json(body, HttpHeaders.IF_MATCH, ifMatch);
    }

    /** A JSON body with one more header, e.g. Idempotency-Key. */
    public static HttpEntity<String> json(String body, String header, String value) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(header, value);
        return new HttpEntity<>(body, headers);
    }
}
