package uk.caseaudit.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.caseaudit.projection.opencases.OpenCaseOfConcernGuard;
import uk.caseaudit.support.IntegrationTest;
import uk.caseaudit.support.Scenario;

/**
 * A read model that cannot handle an event parks it as a dead letter, with the later events of the same aggregate
 * behind it, and goes on with the other aggregates; the QA lead lists, retries and evicts the letters.
 *
 * <p>The poison is real and transient: a CHECK constraint on the action tracker's table refuses one owner, so the
 * command that agrees such an action is stored (its event exists) and only the tracker's insert fails, until the
 * constraint is dropped. Each test works in a team of its own, cohort 2016-03, and drops its constraint whatever
 * happens.
 */
class DeadLetterApiTest extends IntegrationTest {

    private static final String TRACKER = "action-tracker";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private EventProcessingConfiguration processing;

    private Scenario scenario;

    @BeforeEach
    void aScenarioInATeamOfItsOwn() {
        scenario = new Scenario(http, "Dead letters " + UUID.randomUUID());
    }

    /** Both copies of the action tracker's table (blue/green, see ReadModelTables): a poisoned owner is refused in each. */
    private static List<String> trackerTables() {
        return List.of("action_version_a", "action_version_b");
    }

    @Test
    void a_poisoned_action_is_parked_with_its_later_events_while_others_go_on_and_a_retry_after_the_fix_applies_them() {
        try (Poison poison = poisonAnOwner()) {
            String owner = poison.owner();
            String poisoned = anAction(owner);
            long agreedAt = scenario.lastPosition();
            String healthy = anAction("TM");

            // Other sequences go on: the healthy action is in the tracker, the poisoned one is not.
            assertThat(actionIds()).containsExactly(healthy);
            JsonNode parked = deadLetters(TRACKER);
            assertThat(parked.get("total").asLong()).isEqualTo(1);
            JsonNode letter = parked.get("deadLetters").get(0);
            assertThat(letter.get("projection").asText()).isEqualTo(TRACKER);
            assertThat(letter.get("sequence").asText()).isEqualTo(poisoned);
            assertThat(letter.get("eventType").asText()).isEqualTo("uk.caseaudit.AuditActionAgreed");
            assertThat(letter.get("position").asLong()).isEqualTo(agreedAt);
            assertThat(letter.get("aggregateSequenceNumber").asLong()).isZero();
            assertThat(letter.get("eventId").asText()).isNotBlank();
            assertThat(Instant.parse(letter.get("enqueuedAt").asText())).isBefore(Instant.now());
            assertThat(letter.get("causeType").asText()).isEqualTo("org.springframework.dao.DataIntegrityViolationException");
            assertThat(letter.get("causeMessage").asText()).containsIgnoringCase(poison.name()).doesNotContain(owner);

            // A later event of the poisoned action is parked behind the failed one, in order, without a cause.
            scenario.send("team-manager", "/api/actions/" + poisoned + "/completion",
                    "{\"note\":\"Done.\",\"effectiveOn\":\"2016-04-05\"}");
            long completedAt = scenario.lastPosition();
            JsonNode sequence = deadLetters(null);
            assertThat(sequence.get("total").asLong()).isEqualTo(2);
            assertThat(sequence.get("counts").get(TRACKER).asLong()).isEqualTo(2);
            assertThat(sequence.get("deadLetters").findValuesAsText("sequence")).containsExactly(poisoned, poisoned);
            assertThat(sequence.get("deadLetters").findValuesAsText("eventType"))
                    .containsExactly("uk.caseaudit.AuditActionAgreed", "uk.caseaudit.AuditActionCompleted");
            assertThat(longs(sequence, "position")).containsExactly(agreedAt, completedAt);
            assertThat(longs(sequence, "aggregateSequenceNumber")).containsExactly(0L, 1L);
            assertThat(sequence.get("deadLetters").get(1).get("causeType").isNull()).isTrue();
            JsonNode statuses = as("qa-lead").getForObject("/api/admin/projections", JsonNode.class);
            statuses.forEach(status -> assertThat(status.get("deadLetters").asLong()).as(status.get("name").asText())
                    .isEqualTo(TRACKER.equals(status.get("name").asText()) ? 2 : 0));

            // A retry while the fault is still there changes nothing but the first letter's lastTouched.
            assertThat(retry(TRACKER)).isEqualTo(outcome(0, 2));
            JsonNode stillParked = deadLetters(TRACKER);
            assertThat(stillParked.get("deadLetters").findValuesAsText("id"))
                    .isEqualTo(sequence.get("deadLetters").findValuesAsText("id"));
            assertThat(Instant.parse(stillParked.get("deadLetters").get(0).get("lastTouched").asText()))
                    .isAfter(Instant.parse(letter.get("lastTouched").asText()));
            assertThat(actionIds()).containsExactly(healthy);

            poison.cure();
            assertThat(retry(TRACKER)).isEqualTo(outcome(2, 0));

            JsonNode none = deadLetters(null);
            assertThat(none.get("total").asLong()).isZero();
            assertThat(none.get("counts").get(TRACKER).asLong()).isZero();
            assertThat(actionIds()).containsExactlyInAnyOrder(healthy, poisoned);
            JsonNode completed = as("qa-lead").getForObject("/api/actions/{id}?asAt=2016-04-09", JsonNode.class,
                    poisoned);
            assertThat(completed.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(completed.get("owner").asText()).isEqualTo(owner);
            // total, completed, completedLate, outstanding, notYetDue, escalated, cancelled, casesWithOutstanding
            assertThat(cohort("2016-04-09")).containsExactly(2L, 1L, 0L, 0L, 1L, 0L, 0L, 0L);
            assertThat(cohort("2016-05-01")).containsExactly(2L, 1L, 0L, 1L, 0L, 0L, 0L, 1L);
        }
    }

    @Test
    void an_evicted_letter_leaves_the_queue_and_its_event_is_never_applied() {
        try (Poison poison = poisonAnOwner()) {
            String owner = poison.owner();
            String poisoned = anAction(owner);
            JsonNode parked = deadLetters(TRACKER);
            assertThat(parked.get("deadLetters").findValuesAsText("sequence")).containsExactly(poisoned);
            String letterId = parked.get("deadLetters").get(0).get("id").asText();

            ResponseEntity<String> evicted = delete("qa-lead", letterId);

            assertThat(evicted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(deadLetters(null).get("total").asLong()).isZero();
            poison.cure();
            assertThat(retry(TRACKER)).isEqualTo(outcome(0, 0));
            assertThat(actionIds()).isEmpty();
            assertThat(as("qa-lead").getForEntity("/api/actions/{id}", JsonNode.class, poisoned).getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(delete("qa-lead", letterId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void a_replay_empties_the_queue_and_parks_again_only_what_still_fails() {
        try (Poison poison = poisonAnOwner()) {
            String owner = poison.owner();
            String poisoned = anAction(owner);
            long agreedAt = scenario.lastPosition();
            String firstLetter = deadLetters(TRACKER).get("deadLetters").get(0).get("id").asText();

            StreamingEventProcessor tracker = processing.eventProcessor(TRACKER, StreamingEventProcessor.class)
                    .orElseThrow();
            tracker.shutdownAsync().join();
            tracker.resetTokens();
            tracker.start();
            // A replay ends at the first event after the position it was reset at (Axon's ReplayToken): store one.
            String healthy = anAction("TM");

            JsonNode parked = deadLetters(TRACKER);
            assertThat(parked.get("total").asLong()).isEqualTo(1);
            JsonNode letter = parked.get("deadLetters").get(0);
            assertThat(letter.get("sequence").asText()).isEqualTo(poisoned);
            assertThat(letter.get("position").asLong()).isEqualTo(agreedAt);
            assertThat(letter.get("id").asText()).isNotEqualTo(firstLetter);
            assertThat(actionIds()).containsExactly(healthy);
            poison.cure();
            assertThat(retry(TRACKER)).isEqualTo(outcome(1, 0));
            assertThat(actionIds()).containsExactlyInAnyOrder(healthy, poisoned);
        }
    }

    @Test
    void every_read_model_parks_failed_events_but_the_guard_of_open_cases_of_concern_does_not() {
        JsonNode projections = as("qa-lead").getForObject("/api/admin/projections", JsonNode.class);
        List<String> readModels = projections.findValuesAsText("name");

        JsonNode counts = deadLetters(null).get("counts");

        List<String> parking = new ArrayList<>();
        counts.fieldNames().forEachRemaining(parking::add);
        assertThat(parking).containsExactlyInAnyOrderElementsOf(readModels).contains("audits", "register", TRACKER)
                .doesNotContain(OpenCaseOfConcernGuard.NAME);
        assertThat(as("qa-lead").postForEntity("/api/admin/projections/{name}/dead-letters/retry", null, JsonNode.class,
                OpenCaseOfConcernGuard.NAME).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void unknown_read_models_and_letters_are_404_a_bad_filter_400_and_only_the_qa_lead_may_see_or_touch_letters() {
        ResponseEntity<JsonNode> unknownReadModel = as("qa-lead").postForEntity(
                "/api/admin/projections/no-such-read-model/dead-letters/retry", null, JsonNode.class);
        ResponseEntity<String> unknownLetter = delete("qa-lead", "no-such-letter");
        ResponseEntity<JsonNode> badFilter = as("qa-lead").getForEntity("/api/admin/dead-letters?projection=nope",
                JsonNode.class);

        assertThat(unknownReadModel.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownReadModel.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(unknownReadModel.getBody().get("detail").asText()).isEqualTo("There is no such read model.");
        assertThat(unknownLetter.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownLetter.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(badFilter.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badFilter.getBody().get("errors").get(0).get("field").asText()).isEqualTo("projection");
        for (String user : List.of("auditor", "team-manager", "improvement-director", "integrator")) {
            assertThat(as(user).getForEntity("/api/admin/dead-letters", String.class).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(as(user).postForEntity("/api/admin/projections/{name}/dead-letters/retry", null, String.class,
                    TRACKER).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(delete(user, "no-such-letter").getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.getForEntity("/api/admin/dead-letters", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.postForEntity("/api/admin/projections/{name}/dead-letters/retry", null, String.class, TRACKER)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.exchange("/api/admin/dead-letters/{id}", HttpMethod.DELETE, HttpEntity.EMPTY, String.class,
                "no-such-letter").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /**
     * A CHECK constraint on both copies of the tracker's table that refuses a new owner, until it is cured; closing
     * cures it, whatever happened.
     */
    private Poison poisonAnOwner() {
        Poison poison = new Poison("Poisoned " + UUID.randomUUID(),
                "poison_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        for (String table : trackerTables()) {
            // H2 wants constraint names unique in the schema: one per copy, each starting with the given name.
            jdbc.execute("ALTER TABLE " + table + " ADD CONSTRAINT " + poison.constraint(table)
                    + " CHECK (owner <> '" + poison.owner() + "')");
        }
        return poison;
    }

    private final class Poison implements AutoCloseable {

        private final String owner;
        private final String constraint;

        private Poison(String owner, String constraint) {
            this.owner = owner;
            this.constraint = constraint;
        }

        String owner() {
            return owner;
        }

        /** The name the constraint of each copy starts with. */
        String name() {
            return constraint;
        }

        String constraint(String table) {
            return constraint + "_" + table.substring(table.length() - 1);
        }

        void cure() {
            for (String table : trackerTables()) {
                jdbc.execute("ALTER TABLE " + table + " DROP CONSTRAINT IF EXISTS " + constraint(table));
            }
        }

        @Override
        public void close() {
            cure();
        }
    }

    private JsonNode deadLetters(String projection) {
        ResponseEntity<JsonNode> response = as("qa-lead").getForEntity(
                "/api/admin/dead-letters?minPosition={p}" + (projection == null ? "" : "&projection=" + projection),
                JsonNode.class, scenario.lastPosition());
        assertThat(response.getStatusCode()).as("dead letters " + response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private JsonNode retry(String projection) {
        ResponseEntity<JsonNode> response = as("qa-lead").postForEntity(
                "/api/admin/projections/{name}/dead-letters/retry", null, JsonNode.class, projection);
        assertThat(response.getStatusCode()).as("retry " + response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private JsonNode outcome(long recovered, long stillDead) {
        return jsonOf("{\"projection\":\"%s\",\"recovered\":%d,\"stillDead\":%d}".formatted(TRACKER, recovered,
                stillDead));
    }

    private ResponseEntity<String> delete(String user, String letterId) {
        return as(user).exchange("/api/admin/dead-letters/{id}", HttpMethod.DELETE, HttpEntity.EMPTY, String.class,
                letterId);
    }

    private List<String> actionIds() {
        JsonNode actions = as("qa-lead").getForObject("/api/actions?team={t}&asAt=2016-07-01&minPosition={p}",
                JsonNode.class, scenario.team(), scenario.lastPosition());
        return actions.get("actions").findValuesAsText("actionId");
    }

    private List<Long> cohort(String asAt) {
        JsonNode rows = as("qa-lead").getForObject("/api/action-tracker?team={t}&asAt={d}&minPosition={p}",
                JsonNode.class, scenario.team(), asAt, scenario.lastPosition()).get("cohorts");
        assertThat(rows).hasSize(1);
        JsonNode row = rows.get(0);
        return List.of(row.get("total").asLong(), row.get("completed").asLong(), row.get("completedLate").asLong(),
                row.get("outstanding").asLong(), row.get("notYetDue").asLong(), row.get("escalated").asLong(),
                row.get("cancelled").asLong(), row.get("casesWithOutstanding").asLong());
    }

    private static List<Long> longs(JsonNode page, String field) {
        List<Long> values = new ArrayList<>();
        page.get("deadLetters").forEach(letter -> values.add(letter.get(field).asLong()));
        return values;
    }

    /** An action for this owner, agreed on 2016-03-21 and due on 2016-04-10, from an audit judged the day before. */
    private String anAction(String owner) {
        String auditId = scenario.scheduleAndJudgeAnAudit("2016-03", "REQUIRES_IMPROVEMENT");
        return scenario.agreeAnAction(auditId, owner, "2016-04-10", "2016-03-21");
    }

    private static JsonNode jsonOf(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
