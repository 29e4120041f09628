package uk.caseaudit.api.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.caseaudit.support.IntegrationTest;
import uk.caseaudit.support.Requests;

/** The conventions every endpoint follows (README, The API's conventions): errors, limits, idempotency. */
class ApiConventionsTest extends IntegrationTest {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Test
    void a_repeated_idempotency_key_returns_the_first_answer_and_stores_nothing_new() {
        String key = "key-" + UUID.randomUUID();
        String body = schedule();
        long before = eventCount();

        ResponseEntity<JsonNode> first = as("qa-lead").postForEntity("/api/audits", Requests.json(body, IDEMPOTENCY_KEY, key), JsonNode.class);
        ResponseEntity<JsonNode> repeat = as("qa-lead").postForEntity("/api/audits", Requests.json(body, IDEMPOTENCY_KEY, key), JsonNode.class);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.getBody()).isEqualTo(first.getBody());
        assertThat(repeat.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(repeat.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(eventCount()).isEqualTo(before + 1);
    }

    @Test
    void an_idempotency_key_reused_for_another_request_is_refused_and_another_user_has_keys_of_their_own() {
        String key = "key-" + UUID.randomUUID();
        as("qa-lead").postForEntity("/api/audits", Requests.json(schedule(), IDEMPOTENCY_KEY, key), JsonNode.class);
        long before = eventCount();

        ResponseEntity<JsonNode> reused = as("qa-lead").postForEntity("/api/audits", Requests.json(schedule(), IDEMPOTENCY_KEY, key), JsonNode.class);

        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reused.getBody().get("rule").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(eventCount()).isEqualTo(before);
        assertThat(as("qa-lead").postForEntity("/api/audits", Requests.json(schedule(), IDEMPOTENCY_KEY, "not a key!"), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void a_refused_command_does_not_use_up_its_idempotency_key() {
        String key = "key-" + UUID.randomUUID();
        String future = schedule().replace("\"effectiveOn\":\"2016-03-01\"", "\"effectiveOn\":\"2999-03-01\"");

        ResponseEntity<JsonNode> refused = as("qa-lead").postForEntity("/api/audits", Requests.json(future, IDEMPOTENCY_KEY, key), JsonNode.class);
        ResponseEntity<JsonNode> corrected = as("qa-lead").postForEntity("/api/audits", Requests.json(schedule(), IDEMPOTENCY_KEY, key), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void not_authenticated_is_401_and_a_role_not_allowed_is_403_both_as_problem_json() {
        ResponseEntity<JsonNode> anonymous = http.getForEntity("/api/audits", JsonNode.class);
        ResponseEntity<JsonNode> wrongPassword = http.withBasicAuth("qa-lead", "nope").getForEntity("/api/audits",
                JsonNode.class);
        ResponseEntity<JsonNode> integrator = as("integrator").getForEntity("/api/audits", JsonNode.class);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(integrator.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(integrator.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(integrator.getBody().get("status").asInt()).isEqualTo(403);
    }

    @Test
    void an_unknown_field_or_a_wrongly_typed_value_is_400_naming_the_field_but_not_echoing_the_value() {
        long before = eventCount();

        ResponseEntity<JsonNode> unknown = post(schedule().replace("{", "{\"childName\":\"Alex Example\","));
        ResponseEntity<JsonNode> enumAsNumber = post(schedule().replace("\"CASE_FILE\"", "0"));
        ResponseEntity<JsonNode> textAsNumber = post(schedule().replace("\"Chelt Assess\"", "17"));
        ResponseEntity<JsonNode> dateAsNumber = post(schedule().replace("\"2016-03-25\"", "17000"));

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().get("errors").get(0).get("field").asText()).isEqualTo("childName");
        assertThat(unknown.getBody().toString()).doesNotContain("Alex Example");
        assertThat(enumAsNumber.getBody().get("errors").get(0).get("field").asText()).isEqualTo("auditType");
        assertThat(textAsNumber.getBody().get("errors").get(0).get("field").asText()).isEqualTo("team");
        assertThat(dateAsNumber.getBody().get("errors").get(0).get("field").asText()).isEqualTo("dueDate");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_body_over_the_limit_is_413_and_an_unknown_path_404_both_as_problem_json() {
        ResponseEntity<JsonNode> tooLarge = post(schedule().replace("J Smith", "J".repeat(70_000)));
        ResponseEntity<JsonNode> nowhere = as("qa-lead").getForEntity("/api/nowhere", JsonNode.class);

        assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(tooLarge.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(nowhere.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(nowhere.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void reads_with_a_min_position_beyond_the_stream_answer_503_with_retry_after() {
        ResponseEntity<JsonNode> tooFar = as("qa-lead").getForEntity("/api/action-tracker?minPosition=999999999",
                JsonNode.class);

        assertThat(tooFar.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(tooFar.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
    }

    private ResponseEntity<JsonNode> post(String body) {
        return as("qa-lead").postForEntity("/api/audits", Requests.json(body), JsonNode.class);
    }

    private static String schedule() {
        return """
                {"auditMonth":"2016-03","childReference":"C%s","team":"Chelt Assess","serviceArea":"Safeguarding",
                 "auditType":"CASE_FILE","auditor":"J Smith","dueDate":"2016-03-25","effectiveOn":"2016-03-01"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6));
    }
}
