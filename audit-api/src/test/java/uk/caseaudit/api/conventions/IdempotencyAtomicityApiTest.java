package uk.caseaudit.api.conventions;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseaudit.support.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.caseaudit.support.IntegrationTest;

/**
 * A command with an Idempotency-Key is stored together with its key and its answer, or not at all: when the answer
 * cannot be kept, nothing of the command is stored, and the same request with the key is carried out afresh.
 */
class IdempotencyAtomicityApiTest extends IntegrationTest {

    @Test
    void when_the_answer_cannot_be_kept_nothing_of_the_command_is_stored_and_a_repeat_is_carried_out() {
        String key = "atomic-" + UUID.randomUUID();
        String body = """
                {"auditMonth":"2018-05","childReference":"K%s","team":"Atomic Team","serviceArea":"Safeguarding",
                 "auditType":"CASE_FILE","auditor":"J Smith","dueDate":"2018-05-25","effectiveOn":"2018-05-01"}"""
                .formatted(System.nanoTime() % 1_000_000);
        long before = eventCount();
        // The database refuses to keep this key's answer, as a crash between the command and its answer would.
        jdbc.execute("ALTER TABLE idempotency_key ADD CONSTRAINT no_answer_ck CHECK (response_status IS NULL "
                + "OR key_id <> 'qa-lead|" + key + "')");
        ResponseEntity<JsonNode> failed;
        try {
            failed = as("qa-lead").postForEntity("/api/audits", json(body, "Idempotency-Key", key), JsonNode.class);
        } finally {
            jdbc.execute("ALTER TABLE idempotency_key DROP CONSTRAINT no_answer_ck");
        }

        assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(eventCount()).as("no event of the unanswered command").isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM idempotency_key WHERE key_id LIKE ?", Long.class,
                "%|" + key)).as("no key without its answer").isZero();

        ResponseEntity<JsonNode> repeated = as("qa-lead").postForEntity("/api/audits",
                json(body, "Idempotency-Key", key), JsonNode.class);
        ResponseEntity<JsonNode> again = as("qa-lead").postForEntity("/api/audits",
                json(body, "Idempotency-Key", key), JsonNode.class);

        assertThat(repeated.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeated.getHeaders().getFirst("Idempotent-Replayed")).isNull();
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.getBody()).isEqualTo(repeated.getBody());
        assertThat(eventCount()).isEqualTo(before + 1);
    }
}
