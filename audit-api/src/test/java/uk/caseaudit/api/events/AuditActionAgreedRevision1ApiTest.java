package uk.caseaudit.api.events;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseaudit.support.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.caseaudit.action.AuditActionAgreed;
import uk.caseaudit.support.IntegrationTest;
import uk.caseaudit.support.Scenario;

/**
 * An {@code AuditActionAgreed} stored at revision 1 without its cohort ({@code auditMonth}), as an older
 * version of the service could have written it, is read at revision 2 everywhere: by the aggregate, the
 * action tracker and the integrators' feed, its cohort being the month it was agreed in. Each test has a
 * team of its own: an audit of October 2015 judged on 20 October, one action agreed through the API on
 * 21 October (cohort 2015-10) and one revision 1 event stored directly, agreed on 16 November 2015.
 */
class AuditActionAgreedRevision1ApiTest extends IntegrationTest {

    private static final DateTimeFormatter AXON_INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private String team;
    private String child;
    private String auditId;
    private String currentAction;
    private long currentPosition;
    private String oldAction;
    private String oldPayload;
    private long oldPosition;

    @BeforeEach
    void anAuditWithOneCurrentAndOneRevision1Action() {
        Scenario scenario = new Scenario(http, "Upcast " + UUID.randomUUID());
        team = scenario.team();
        child = Scenario.aChild();
        auditId = scenario.scheduleAndJudgeAnAudit(child, "2015-10", "REQUIRES_IMPROVEMENT");
        currentAction = scenario.agreeAnAction(auditId, "TM", "2015-11-30", "2015-10-21");
        currentPosition = scenario.lastPosition();

        oldAction = UUID.randomUUID().toString();
        oldPayload = """
                {"actionId":"%s","auditId":"%s","childReference":"%s","team":"%s","serviceArea":"Safeguarding",
                 "owner":"TM","description":"Visit the child","dueDate":"2015-12-18","focus":"PROCESS",
                 "agreedOn":"2015-11-16"}""".formatted(oldAction, auditId, child, team);
        String eventId = UUID.randomUUID().toString();
        String metaData = """
                {"actorUser":"auditor","actorRole":"AUDITOR","correlationId":"%s","causationId":"%s"}"""
                .formatted(eventId, eventId);
        jdbc.update("INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,"
                        + " payload, payloadRevision, payloadType, timeStamp) VALUES (?, 0, 'AuditAction', ?, ?, ?, NULL, ?, ?)",
                oldAction, eventId, metaData.getBytes(StandardCharsets.UTF_8),
                oldPayload.getBytes(StandardCharsets.UTF_8), AuditActionAgreed.class.getName(),
                AXON_INSTANT.format(Instant.now()));
        oldPosition = jdbc.queryForObject("SELECT globalIndex FROM DomainEventEntry WHERE eventIdentifier = ?",
                Long.class, eventId);
    }

    @Test
    void the_revision_1_row_is_the_stored_form_of_the_current_event_without_its_cohort() throws Exception {
        Map<String, Object> current = jdbc.queryForMap("SELECT type, payload, payloadRevision, payloadType, metaData"
                + " FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 0", currentAction);
        Map<String, Object> old = jdbc.queryForMap("SELECT type, payload, payloadRevision, payloadType, metaData"
                + " FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 0", oldAction);

        assertThat(current.get("payloadRevision")).as("new events are stored at revision 2").isEqualTo("2");
        assertThat(old.get("payloadType")).isEqualTo(current.get("payloadType"));
        assertThat(old.get("type")).isEqualTo(current.get("type"));
        JsonNode currentPayload = JSON.readTree((byte[]) current.get("payload"));
        assertThat(currentPayload.get("auditMonth").asText()).isEqualTo("2015-10");
        assertThat(fieldNames(JSON.readTree((byte[]) old.get("payload"))))
                .containsExactlyElementsOf(fieldNames(((ObjectNode) currentPayload.deepCopy()).without("auditMonth")));
        assertThat(fieldNames(JSON.readTree((byte[]) old.get("metaData"))))
                .containsExactlyInAnyOrderElementsOf(fieldNames(JSON.readTree((byte[]) current.get("metaData"))));
    }

    @Test
    void the_aggregate_reads_it_with_the_month_it_was_agreed_in_and_carries_that_cohort_on() throws Exception {
        ResponseEntity<JsonNode> completed = as("team-manager").postForEntity("/api/actions/" + oldAction + "/completion",
                json("{\"note\":\"Done.\",\"effectiveOn\":\"2015-12-01\"}"), JsonNode.class);

        assertThat(completed.getStatusCode()).as(String.valueOf(completed.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(completed.getBody().get("version").asLong()).isEqualTo(1);
        byte[] stored = jdbc.queryForObject("SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ?"
                + " AND sequenceNumber = 1", byte[].class, oldAction);
        JsonNode completion = JSON.readTree(stored);
        assertThat(completion.get("auditMonth").asText()).isEqualTo("2015-11");
        assertThat(completion.get("late").asBoolean()).isFalse();

        JsonNode history = as("qa-lead").getForObject("/api/actions/{id}/history", JsonNode.class, oldAction);
        assertThat(history.get("entries").findValuesAsText("type"))
                .containsExactly("AuditActionAgreed", "AuditActionCompleted");
        assertThat(history.get("entries").get(0).get("details").get("auditMonth").asText()).isEqualTo("2015-11");
        assertThat(history.get("entries").get(0).get("actorUser").asText()).isEqualTo("auditor");
    }

    @Test
    void the_action_tracker_counts_it_in_the_cohort_of_the_month_it_was_agreed_in() {
        JsonNode tracker = as("qa-lead").getForObject(
                "/api/action-tracker?team={t}&asAt=2015-11-20&minPosition={p}", JsonNode.class, team, oldPosition);

        JsonNode cohorts = tracker.get("cohorts");
        assertThat(cohorts.findValuesAsText("group")).containsExactly("2015-10", "2015-11");
        assertThat(List.of(cohorts.get(0).get("total").asLong(), cohorts.get(0).get("notYetDue").asLong()))
                .as("the action agreed through the API").containsExactly(1L, 1L);
        assertThat(List.of(cohorts.get(1).get("total").asLong(), cohorts.get(1).get("notYetDue").asLong(),
                cohorts.get(1).get("outstanding").asLong()))
                .as("the revision 1 action").containsExactly(1L, 1L, 0L);

        JsonNode action = as("qa-lead").getForObject("/api/actions/{id}?asAt=2015-11-20", JsonNode.class, oldAction);
        assertThat(action.get("cohort").asText()).isEqualTo("2015-11");
        assertThat(action.get("agreedOn").asText()).isEqualTo("2015-11-16");
        assertThat(action.get("dueDate").asText()).isEqualTo("2015-12-18");
        JsonNode inCohort = as("qa-lead").getForObject("/api/actions?cohort=2015-11&team={t}&asAt=2015-11-20",
                JsonNode.class, team);
        assertThat(inCohort.get("actions").findValuesAsText("actionId")).containsExactly(oldAction);
    }

    @Test
    void the_feed_serves_it_as_version_2_with_the_derived_cohort_and_everything_else_as_stored() throws Exception {
        List<JsonNode> events = feed(oldPosition - 1, oldAction);

        assertThat(events).hasSize(1);
        JsonNode event = events.get(0);
        assertThat(event.get("type").asText()).isEqualTo("uk.caseaudit.AuditActionAgreed");
        assertThat(event.get("schemaversion").asInt()).isEqualTo(2);
        assertThat(event.get("position").asLong()).isEqualTo(oldPosition);
        assertThat(event.get("subject").asText()).isEqualTo(oldAction);
        assertThat(event.get("aggregatetype").asText()).isEqualTo("AuditAction");
        assertThat(event.get("sequence").asLong()).isZero();
        assertThat(event.get("actoruser").asText()).isEqualTo("auditor");
        assertThat(event.get("actorrole").asText()).isEqualTo("AUDITOR");
        ObjectNode expected = (ObjectNode) JSON.readTree(oldPayload);
        expected.put("auditMonth", "2015-11");
        assertThat(event.get("data")).isEqualTo(expected);

        JsonNode current = feed(currentPosition - 1, currentAction).get(0);
        assertThat(current.get("schemaversion").asInt()).isEqualTo(2);
        assertThat(current.get("data").get("auditMonth").asText()).isEqualTo("2015-10");
    }

    /** The aggregate's events after a position, up to the head (waiting while the feed stays behind a young hole). */
    private List<JsonNode> feed(long after, String aggregateId) throws InterruptedException {
        long head = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        long deadline = System.currentTimeMillis() + 30_000;
        List<JsonNode> events = new ArrayList<>();
        long from = after;
        while (from < head) {
            JsonNode page = as("integrator").getForObject("/api/events?after={a}&aggregateId={id}", JsonNode.class,
                    from, aggregateId);
            page.get("events").forEach(events::add);
            long next = page.get("next").asLong();
            if (next == from) {
                assertThat(System.currentTimeMillis()).as("the feed stayed behind a hole").isLessThan(deadline);
                Thread.sleep(250);
            }
            from = next;
        }
        return events;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
