package uk.caseaudit.api.events;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseaudit.support.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.caseaudit.support.IntegrationTest;
import uk.caseaudit.support.Scenario;

/**
 * The integrators' event feed: every event once, in global order, as CloudEvents; filters; paging;
 * roles; and the gap rule (never past a hole a transaction in progress may still fill).
 */
class EventFeedApiTest extends IntegrationTest {

    private static final DateTimeFormatter AXON_INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Scenario scenario;

    @BeforeEach
    void aScenarioInATeamOfItsOwn() {
        scenario = new Scenario(http, "Feed " + UUID.randomUUID());
    }

    @Test
    void paging_with_small_limits_returns_each_event_once_in_order_as_cloud_events() {
        long start = head();
        String first = scenario.scheduleAndJudgeAnAudit("2016-03", "GOOD");
        String second = scenario.scheduleAndJudgeAnAudit("2016-03", "GOOD");

        List<JsonNode> all = readAll(start, 3, "");

        List<Long> positions = all.stream().map(e -> e.get("position").asLong()).toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates().allMatch(p -> p > start);
        Set<String> ids = new HashSet<>();
        all.forEach(e -> assertThat(ids.add(e.get("id").asText())).isTrue());
        List<JsonNode> ours = all.stream()
                .filter(e -> Set.of(first, second).contains(e.get("subject").asText())).toList();
        assertThat(ours).hasSize(4);
        assertThat(ours.stream().map(e -> e.get("subject").asText() + " " + e.get("type").asText()).toList())
                .containsExactly(first + " uk.caseaudit.AuditScheduled", first + " uk.caseaudit.JudgementsSubmitted",
                        second + " uk.caseaudit.AuditScheduled", second + " uk.caseaudit.JudgementsSubmitted");
        assertThat(ours.get(3).get("position").asLong()).isEqualTo(scenario.lastPosition());

        JsonNode scheduled = ours.get(0);
        assertThat(scheduled.get("specversion").asText()).isEqualTo("1.0");
        assertThat(scheduled.get("source").asText()).isEqualTo("/case-audit");
        assertThat(scheduled.get("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(scheduled.get("schemaversion").isInt()).isTrue();
        assertThat(scheduled.get("schemaversion").asInt()).isEqualTo(1);
        assertThat(scheduled.get("position").isTextual()).as("64-bit: a string in the CloudEvents JSON format").isTrue();
        assertThat(scheduled.get("sequence").isTextual()).isTrue();
        assertThat(scheduled.get("sequence").asLong()).isZero();
        assertThat(ours.get(1).get("sequence").asLong()).isEqualTo(1);
        assertThat(scheduled.get("aggregatetype").asText()).isEqualTo("Audit");
        assertThat(scheduled.get("actoruser").asText()).isEqualTo("qa-lead");
        assertThat(scheduled.get("actorrole").asText()).isEqualTo("QA_LEAD");
        assertThat(ours.get(1).get("actorrole").asText()).isEqualTo("AUDITOR");
        assertThat(Instant.parse(scheduled.get("time").asText())).isAfter(Instant.now().minus(5, ChronoUnit.MINUTES));
        assertThat(scheduled.get("data").isObject()).isTrue();
        assertThat(scheduled.get("data").get("auditId").asText()).isEqualTo(first);
        assertThat(scheduled.get("data").get("auditMonth").asText()).isEqualTo("2016-03");
        String storedId = jdbc.queryForObject("SELECT eventIdentifier FROM DomainEventEntry WHERE globalIndex = ?",
                String.class, scheduled.get("position").asLong());
        assertThat(scheduled.get("id").asText()).isEqualTo(storedId);
    }

    @Test
    void paging_while_four_writers_append_returns_every_event_of_the_store_exactly_once_in_order() throws Exception {
        long start = head();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> writing = new ArrayList<>();
        for (int writer = 0; writer < 4; writer++) {
            writing.add(writers.submit(() -> {
                for (int audit = 0; audit < 10; audit++) {
                    scenario.scheduleAndJudgeAnAudit("2016-03", "GOOD");
                }
            }));
        }
        List<Long> read = new ArrayList<>();
        List<String> pages = new ArrayList<>(); // what each page answered, for the failure message
        long after = start;
        long deadline = System.currentTimeMillis() + 60_000;
        while (!writing.stream().allMatch(Future::isDone) || after < head()) {
            assertThat(System.currentTimeMillis()).as("the reader kept up").isLessThan(deadline);
            JsonNode page = feed("after={a}&limit=5", after);
            page.get("events").forEach(event -> read.add(event.get("position").asLong()));
            pages.add("after " + after + ": " + page.get("events").findValuesAsText("position") + " next "
                    + page.get("next").asText() + " head " + page.get("head").asText());
            after = page.get("next").asLong();
        }
        for (Future<?> writer : writing) {
            writer.get(); // a writer's failure fails the test
        }
        writers.shutdown();

        List<Long> stored = jdbc.queryForList("SELECT globalIndex FROM DomainEventEntry WHERE globalIndex > ? "
                + "ORDER BY globalIndex", Long.class, start);
        assertThat(stored).hasSize(80);
        assertThat(read).as("every event of the store, once, in order; start %d; stored at %s; pages %s", start,
                jdbc.queryForList("SELECT CONCAT(globalIndex, ' ', timeStamp) FROM DomainEventEntry"
                        + " WHERE globalIndex > ? ORDER BY globalIndex", String.class, start), pages).isEqualTo(stored);
    }

    @Test
    void filters_by_type_and_aggregate_and_next_resumes_after_the_last_event_scanned() {
        long start = head();
        String audit = scenario.scheduleAndJudgeAnAudit("2016-03", "GOOD");
        String other = scenario.scheduleAndJudgeAnAudit("2016-03", "GOOD");

        JsonNode judged = feed("after={a}&type=uk.caseaudit.JudgementsSubmitted&aggregateId={id}", start, audit);
        assertThat(judged.get("events").findValuesAsText("type")).containsExactly("uk.caseaudit.JudgementsSubmitted");
        assertThat(judged.get("events").get(0).get("subject").asText()).isEqualTo(audit);

        List<JsonNode> scheduled = readAll(start, 1, "&type=uk.caseaudit.AuditScheduled");
        assertThat(scheduled).allMatch(e -> e.get("type").asText().equals("uk.caseaudit.AuditScheduled"));
        assertThat(scheduled.stream().map(e -> e.get("subject").asText()).toList()).containsSubsequence(audit, other);

        JsonNode both = feed("after={a}&type=uk.caseaudit.AuditScheduled,uk.caseaudit.JudgementsSubmitted"
                + "&aggregateId={id}", start, audit);
        assertThat(both.get("events").findValuesAsText("type"))
                .containsExactly("uk.caseaudit.AuditScheduled", "uk.caseaudit.JudgementsSubmitted");

        // One at a time: next is the last event's position; then resume from it.
        JsonNode page1 = feed("after={a}&limit=1&aggregateId={id}", start, audit);
        assertThat(page1.get("events")).hasSize(1);
        long next = page1.get("next").asLong();
        assertThat(next).isEqualTo(page1.get("events").get(0).get("position").asLong());
        JsonNode page2 = feed("after={a}&limit=1&aggregateId={id}", next, audit);
        assertThat(page2.get("events").findValuesAsText("type")).containsExactly("uk.caseaudit.JudgementsSubmitted");
        // Past the aggregate's last event: nothing more, and next passes the other audit's events too.
        JsonNode page3 = feed("after={a}&aggregateId={id}", page2.get("next").asLong(), audit);
        assertThat(page3.get("events")).isEmpty();
        assertThat(page3.get("next").asLong()).isGreaterThanOrEqualTo(scenario.lastPosition());
        assertThat(page3.get("head").asLong()).isGreaterThanOrEqualTo(scenario.lastPosition());
    }

    @Test
    void only_integrators_and_the_qa_lead_may_read_the_feed_and_bad_parameters_are_answered_400() {
        assertThat(as("auditor").getForEntity("/api/events", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("integrator").getForEntity("/api/events?limit=5", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as("qa-lead").getForEntity("/api/events?limit=5", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        for (String query : List.of("limit=0", "limit=5000", "type=uk.caseaudit.NoSuchThing", "type=AuditScheduled",
                "after=-1", "after=first")) {
            ResponseEntity<JsonNode> bad = as("integrator").getForEntity("/api/events?" + query, JsonNode.class);
            assertThat(bad.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(bad.getBody().get("errors")).as(query).isNotNull();
        }
    }

    @Test
    void the_feed_stops_before_a_hole_that_may_still_fill_and_passes_it_once_it_is_old() {
        String audit = scenario.schedule("2016-03", "2016-03-01", "2016-03-25");
        long real = scenario.lastPosition();
        readAll(real - 1, 100, ""); // up to our event (any older young hole has passed by now)
        Map<String, Object> stored = jdbc.queryForMap(
                "SELECT payload, payloadType, metaData FROM DomainEventEntry WHERE globalIndex = ?", real);
        String timeStamp = jdbc.queryForObject("SELECT timeStamp FROM DomainEventEntry WHERE globalIndex = ?",
                String.class, real);
        assertThat(timeStamp).as("Axon's timestamp form").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        long max = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        assertThat(max).isEqualTo(real);
        long beyondHole = max + 2;
        String aggregate = "gap-" + UUID.randomUUID();
        try {
            jdbc.update("INSERT INTO DomainEventEntry (globalIndex, aggregateIdentifier, sequenceNumber, type,"
                            + " eventIdentifier, metaData, payload, payloadRevision, payloadType, timeStamp)"
                            + " VALUES (?, ?, 0, 'Audit', ?, ?, ?, NULL, ?, ?)",
                    beyondHole, aggregate, UUID.randomUUID().toString(), stored.get("metaData"), stored.get("payload"),
                    stored.get("payloadType"), AXON_INSTANT.format(Instant.now()));

            JsonNode young = feed("after={a}", real - 1);
            assertThat(young.get("events").findValuesAsText("subject")).containsExactly(audit);
            assertThat(young.get("next").asLong()).isEqualTo(real);
            assertThat(young.get("head").asLong()).isEqualTo(beyondHole);
            assertThat(feed("after={a}", real).get("events")).isEmpty();
            assertThat(feed("after={a}", real).get("next").asLong()).isEqualTo(real);
            // Filters do not hide the hole: the aggregate's event lies beyond it.
            JsonNode filtered = feed("after={a}&aggregateId={id}", real - 1, aggregate);
            assertThat(filtered.get("events")).isEmpty();
            assertThat(filtered.get("next").asLong()).isEqualTo(real);

            // The event above the hole was appended longer ago than the gap wait (by the database's clock).
            jdbc.update("UPDATE DomainEventEntry SET appendedAt = ? WHERE globalIndex = ?",
                    OffsetDateTime.now().minusMinutes(1), beyondHole);

            JsonNode old = feed("after={a}", real - 1);
            assertThat(old.get("events").findValuesAsText("subject")).containsExactly(audit, aggregate);
            assertThat(old.get("events").get(1).get("position").asLong()).isEqualTo(beyondHole);
            assertThat(old.get("next").asLong()).isEqualTo(beyondHole);
            JsonNode oldFiltered = feed("after={a}&aggregateId={id}", real, aggregate);
            assertThat(oldFiltered.get("events").findValuesAsText("type")).containsExactly("uk.caseaudit.AuditScheduled");
        } finally {
            jdbc.update("DELETE FROM DomainEventEntry WHERE aggregateIdentifier = ?", aggregate);
        }
    }

    /** Every event after start (with the extra query), page by page, until past our last command's event. */
    private List<JsonNode> readAll(long start, int limit, String extra) {
        List<JsonNode> events = new ArrayList<>();
        long after = start;
        long deadline = System.currentTimeMillis() + 30_000;
        while (after < scenario.lastPosition()) {
            JsonNode page = feed("after={a}&limit=" + limit + extra, after);
            assertThat(page.get("events").size()).isLessThanOrEqualTo(limit);
            page.get("events").forEach(events::add);
            long next = page.get("next").asLong();
            assertThat(next).isGreaterThanOrEqualTo(after);
            if (next == after) { // stopped before a hole that may still fill: wait and ask again
                assertThat(System.currentTimeMillis()).as("the feed stayed behind a hole").isLessThan(deadline);
                sleep();
            }
            after = next;
        }
        return events;
    }

    private JsonNode feed(String query, Object... values) {
        ResponseEntity<JsonNode> response = as("integrator").getForEntity("/api/events?" + query, JsonNode.class, values);
        assertThat(response.getStatusCode()).as(query + " " + response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private long head() {
        return as("integrator").getForObject("/api/events?limit=1", JsonNode.class).get("head").asLong();
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
