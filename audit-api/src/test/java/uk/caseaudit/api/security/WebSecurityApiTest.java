package uk.caseaudit.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.caseaudit.support.IntegrationTest;

/**
 * What a browser and an operator meet: security headers on every answer, cross-origin calls from the configured
 * front-end only, actuator endpoints other than health for the QA lead, and errors without traces.
 */
class WebSecurityApiTest extends IntegrationTest {

    @Test
    void every_answer_carries_the_security_headers() {
        for (ResponseEntity<String> answer : List.of(
                as("qa-lead").getForEntity("/api/audits", String.class),
                http.getForEntity("/api/audits", String.class),
                as("qa-lead").getForEntity("/api/audits/no-such-audit", String.class))) {
            HttpHeaders headers = answer.getHeaders();
            assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
            assertThat(headers.getFirst("Content-Security-Policy"))
                    .isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'");
            assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(headers.getCacheControl()).contains("no-store");
        }
    }

    @Test
    void a_browser_may_call_the_api_from_the_configured_front_end_only() {
        ResponseEntity<String> allowed = preflight(FRONT_END);
        ResponseEntity<String> other = preflight("https://elsewhere.example");

        assertThat(allowed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(allowed.getHeaders().getAccessControlAllowOrigin()).isEqualTo(FRONT_END);
        assertThat(allowed.getHeaders().getAccessControlAllowMethods()).contains(HttpMethod.POST);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(other.getHeaders().getAccessControlAllowOrigin()).isNull();

        HttpHeaders fromFrontEnd = new HttpHeaders();
        fromFrontEnd.setOrigin(FRONT_END);
        ResponseEntity<String> read = as("qa-lead").exchange("/api/audits", HttpMethod.GET,
                new HttpEntity<>(fromFrontEnd), String.class);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getHeaders().getAccessControlAllowOrigin()).isEqualTo(FRONT_END);
        assertThat(read.getHeaders().getAccessControlExposeHeaders()).contains("ETag", "Location", "Retry-After");
    }

    @Test
    void actuator_endpoints_other_than_health_are_for_the_qa_lead() {
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/actuator/health/liveness", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        for (String endpoint : List.of("/actuator/info", "/actuator/prometheus")) {
            assertThat(http.getForEntity(endpoint, String.class).getStatusCode()).as(endpoint)
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            for (String user : List.of("auditor", "improvement-director", "integrator")) {
                assertThat(as(user).getForEntity(endpoint, String.class).getStatusCode()).as(endpoint + " " + user)
                        .isEqualTo(HttpStatus.FORBIDDEN);
            }
            assertThat(as("qa-lead").getForEntity(endpoint, String.class).getStatusCode()).as(endpoint)
                    .isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void refusals_are_problem_json_without_a_trace() {
        ResponseEntity<JsonNode> anonymous = http.getForEntity("/api/audits", JsonNode.class);
        ResponseEntity<JsonNode> forbidden = as("integrator").getForEntity("/api/audits", JsonNode.class);
        HttpHeaders body = new HttpHeaders();
        body.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> malformed = as("qa-lead").postForEntity("/api/audits",
                new HttpEntity<>("{\"auditMonth\":", body), JsonNode.class);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        for (ResponseEntity<JsonNode> refusal : List.of(anonymous, forbidden, malformed)) {
            assertThat(refusal.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(refusal.getBody().has("trace")).isFalse();
            assertThat(refusal.getBody().toString()).doesNotContain("Exception").doesNotContain("at uk.caseaudit");
        }
    }

    private ResponseEntity<String> preflight(String origin) {
        HttpHeaders headers = new HttpHeaders();
        headers.setOrigin(origin);
        headers.setAccessControlRequestMethod(HttpMethod.POST);
        headers.setAccessControlRequestHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key"));
        return http.exchange("/api/audits", HttpMethod.OPTIONS, new HttpEntity<>(headers), String.class);
    }
}
