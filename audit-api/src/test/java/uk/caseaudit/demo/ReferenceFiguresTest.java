package uk.caseaudit.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.caseaudit.demo.ReferenceScenario.BRIEFING_DATE;
import static uk.caseaudit.demo.ReferenceScenario.END_OF_MAY;
import static uk.caseaudit.demo.ReferenceScenario.PROGRAMME_ANALYSED_ON;
import static uk.caseaudit.support.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Component;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.caseaudit.api.admin.ProjectionAdmin;
import uk.caseaudit.action.AuditActionAgreed;
import uk.caseaudit.api.read.ReadConsistency;
import uk.caseaudit.audit.AuditScheduled;
import uk.caseaudit.concern.CaseOfConcernRaised;
import uk.caseaudit.support.TestDatabase;

/**
 * The service, started on an empty database, loads the reference scenario and answers every figure
 * of the council's May 2018 briefing ({@code reference-figures.md}) exactly, now and as at the end
 * of May and the briefing date; every read model rebuilt from the first event equals the live one, and
 * while it is rebuilt clients go on reading the previous state, whole;
 * and a fact back-dated later leaves a report asked with {@code knownAt} unchanged.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ReferenceFiguresTest.ReplayGates.class)
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferenceFiguresTest {

    private static final String DATABASE = TestDatabase.fresh();
    private static final List<String> READ_MODEL_TABLES =
            List.of("audit_version", "audit_grade_version", "case_of_concern_version", "action_version");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", () -> "");
        registry.add("case-audit.demo-data", () -> "true");
        registry.add("case-audit.demo-password-cost", () -> "4");
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProjectionAdmin projections;

    @Autowired
    ReadConsistency consistency;

    @BeforeEach
    void readModelsCaughtUp() {
        long head = projections.head();
        assertThat(head).as("events of the loaded scenario").isGreaterThan(2000);
        await().atMost(Duration.ofSeconds(120)).until(() -> consistency.reached(head));
    }

    @Test
    @Order(1)
    void moderated_overall_grades_by_month_as_at_the_end_of_may_the_briefing_and_now() {
        for (String asAt : new String[] {"&asAt=" + END_OF_MAY, "&asAt=" + BRIEFING_DATE, ""}) {
            JsonNode trends = get("/api/judgement-trends?from=2018-01&to=2018-05" + asAt);

            assertThat(gradeCounts(trends)).as("as at %s", asAt).containsExactly(
                    Map.entry("2018-01", List.of(0L, 0L, 27L, 5L, 32L)),
                    Map.entry("2018-02", List.of(0L, 0L, 18L, 5L, 23L)),
                    Map.entry("2018-03", List.of(0L, 2L, 13L, 9L, 24L)),
                    Map.entry("2018-04", List.of(0L, 1L, 18L, 8L, 27L)),
                    Map.entry("2018-05", List.of(0L, 2L, 14L, 9L, 25L)));
        }
        JsonNode may = get("/api/judgement-trends?from=2018-05&to=2018-05&asAt=" + END_OF_MAY).get("periods").get(0);
        assertThat(may.get("grades").get("INADEQUATE").get("percent").asDouble()).isEqualTo(36.0);
        assertThat(may.get("goodOrBetterPercent").asDouble()).isEqualTo(8.0);
    }

    @Test
    @Order(2)
    void the_may_programme_and_engagement_as_at_the_analysis_and_briefing_dates() {
        for (LocalDate asAt : List.of(PROGRAMME_ANALYSED_ON, BRIEFING_DATE)) {
            JsonNode may = get("/api/programme?from=2018-05&to=2018-05&asAt=" + asAt).get("months").get(0);

            assertThat(may.get("month").asText()).isEqualTo("2018-05");
            assertThat(List.of(may.get("scheduled").asLong(), may.get("completedWithinTimescale").asLong(),
                    may.get("late").asLong(), may.get("inadmissible").asLong(), may.get("analysed").asLong()))
                    .as("as at %s", asAt).containsExactly(27L, 26L, 1L, 1L, 25L);
            JsonNode engagement = may.get("engagement");
            assertThat(levels(engagement.get("teamManager"))).containsExactly(16L, 10L, 0L, 0L);
            assertThat(levels(engagement.get("socialWorker"))).containsExactly(18L, 8L, 0L, 0L);
            assertThat(levels(engagement.get("child"))).containsExactly(0L, 9L, 17L, 0L);
            assertThat(levels(engagement.get("parent"))).containsExactly(12L, 10L, 0L, 4L);
        }
    }

    @Test
    @Order(3)
    void the_register_size_at_each_month_end() {
        JsonNode sizes = get("/api/cases-of-concern/register-sizes?from=2018-02-01&to=2018-05-31&interval=MONTH");

        Map<String, Long> byMonthEnd = new LinkedHashMap<>();
        sizes.get("sizes").forEach(size -> byMonthEnd.put(size.get("periodEnd").asText(), size.get("size").asLong()));
        assertThat(byMonthEnd).containsExactly(Map.entry("2018-02-28", 17L), Map.entry("2018-03-31", 17L),
                Map.entry("2018-04-30", 16L), Map.entry("2018-05-31", 16L));
        assertThat(get("/api/cases-of-concern?status=OPEN&size=500&asAt=" + END_OF_MAY).get("total").asLong())
                .isEqualTo(16);
    }

    @Test
    @Order(4)
    void three_category_1_cases_from_may_audits_were_reviewed_and_closed_within_may() {
        JsonNode closed = get("/api/cases-of-concern?status=CLOSED&category=CATEGORY_1&size=500&asAt=" + END_OF_MAY);

        List<JsonNode> fromMay = new java.util.ArrayList<>();
        closed.get("cases").forEach(row -> {
            if (row.get("auditMonth").asText().equals("2018-05")) {
                fromMay.add(row);
            }
        });
        assertThat(fromMay).hasSize(3).allSatisfy(row -> {
            assertThat(row.get("closedOn").asText()).startsWith("2018-05");
            assertThat(row.get("lastReviewOn").asText()).startsWith("2018-05");
        });
    }

    @Test
    @Order(5)
    void recurrence_january_to_may_by_team_and_by_worker() {
        JsonNode byTeam = get("/api/cases-of-concern/recurrence?from=2018-01-01&to=2018-05-31&by=TEAM");
        Map<String, Long> repeated = new LinkedHashMap<>();
        byTeam.get("counts").forEach(row -> {
            if (row.get("count").asLong() > 1) {
                repeated.put(row.get("name").asText(), row.get("count").asLong());
            }
        });
        assertThat(repeated).containsExactly(Map.entry("Chelt Assess", 6L), Map.entry("Tewkes Assess", 4L),
                Map.entry("FoD Assess", 3L), Map.entry("Glos Safeg Tm 5", 3L), Map.entry("Stroud Assess", 3L),
                Map.entry("Glos S 11-25", 2L), Map.entry("Glos Safeg Tm 1", 2L), Map.entry("Glos Safeg Tm 2", 2L),
                Map.entry("Tewkes Safeg", 2L));

        JsonNode byWorker = get("/api/cases-of-concern/recurrence?from=2018-01-01&to=2018-05-31&by=WORKER");
        assertThat(byWorker.get("counts").get(0).get("count").asLong()).isEqualTo(2);
        assertThat(byWorker.get("counts").get(0).get("name").asText()).contains("Gloucester Team 7");
        assertThat(byWorker.get("counts").get(1).get("count").asLong()).isEqualTo(1);
    }

    @Test
    @Order(6)
    void the_action_tracker_as_at_the_end_of_may() {
        Map<String, JsonNode> cohorts = tracker("&asAt=" + END_OF_MAY);

        assertThat(figures(cohorts.get("2018-01"))).containsExactly(155L, 155L, 0L, 0L);
        assertThat(figures(cohorts.get("2018-02"))).containsExactly(127L, 116L, 11L, 0L);
        assertThat(cohorts.get("2018-03").get("total").asLong()).isEqualTo(125);
        assertThat(cohorts.get("2018-03").get("outstanding").asLong()).isEqualTo(24);
        assertThat(cohorts.get("2018-04").get("total").asLong()).isEqualTo(134);
        assertThat(cohorts.get("2018-04").get("outstanding").asLong()).isEqualTo(48);
        assertThat(figures(cohorts.get("2018-05"))).containsExactly(132L, 28L, 62L, 42L);
    }

    @Test
    @Order(7)
    void the_action_tracker_as_at_the_briefing() {
        Map<String, JsonNode> cohorts = tracker("&asAt=" + BRIEFING_DATE);

        assertThat(figures(cohorts.get("2018-01"))).containsExactly(155L, 155L, 0L, 0L);
        JsonNode february = cohorts.get("2018-02");
        assertThat(february.get("outstanding").asLong()).isEqualTo(4);
        assertThat(february.get("casesWithOutstanding").asLong()).isEqualTo(1);
        assertThat(february.get("escalated").asLong()).isEqualTo(4);
        JsonNode march = cohorts.get("2018-03");
        assertThat(march.get("outstanding").asLong()).isEqualTo(9);
        assertThat(march.get("casesWithOutstanding").asLong()).isEqualTo(6);
        assertThat(march.get("escalated").asLong()).isEqualTo(9);
        JsonNode april = cohorts.get("2018-04");
        assertThat(april.get("outstanding").asLong()).isEqualTo(23);
        assertThat(april.get("notYetDue").asLong()).isEqualTo(1);
        assertThat(april.get("casesWithOutstanding").asLong()).isEqualTo(13);
        JsonNode outstandingFebruary = get("/api/actions?cohort=2018-02&status=OUTSTANDING&asAt=" + BRIEFING_DATE);
        assertThat(outstandingFebruary.get("total").asLong()).isEqualTo(4);
        assertThat(outstandingFebruary.get("actions").findValuesAsText("childReference")).hasSize(4)
                .allMatch(child -> child.equals(outstandingFebruary.get("actions").get(0).get("childReference").asText()));
    }

    @Test
    @Order(90)
    void every_read_model_rebuilt_from_the_first_event_equals_the_live_one_and_clients_never_see_it_half_built() {
        Map<String, List<Map<String, Object>>> live = snapshot();
        Map<String, Object> answers = clientAnswers();
        Map<String, String> liveCopies = liveCopies();

        ReplayGate.close();
        try {
            for (String readModel : liveCopies.keySet()) {
                ResponseEntity<JsonNode> replay = http.withBasicAuth("qa-lead", "demo")
                        .postForEntity("/api/admin/projections/" + readModel + "/replay", null, JsonNode.class);
                assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
                assertThat(replay.getBody().get("state").asText()).isEqualTo("REPLAYING");
            }
            // Every rebuild is held at its first replayed event: its tables are half-built, yet clients read
            // the previous state, whole.
            await().atMost(Duration.ofSeconds(30)).until(ReplayGate::allHeld);
            assertThat(projections.statuses()).allMatch(status -> status.state() == ProjectionAdmin.State.REPLAYING);
            for (int read = 0; read < 5; read++) {
                assertThat(clientAnswers()).isEqualTo(answers);
            }
            // The previous state holds every event up to the head: reads asking for it need not wait.
            assertThat(get("/api/cases-of-concern/register-sizes?from=2018-02-01&to=2018-05-31&interval=MONTH"
                    + "&minPosition=" + projections.head()).get("sizes")).isEqualTo(
                    ((JsonNode) answers.get("register sizes")).get("sizes"));
            assertThat(rows("case_of_concern_version", other(liveCopies.get("register"))))
                    .isLessThan(rows("case_of_concern_version", liveCopies.get("register")));
        } finally {
            ReplayGate.open();
        }

        long head = projections.head();
        await().atMost(Duration.ofSeconds(120)).until(() -> projections.statuses().stream()
                .allMatch(status -> status.state() == ProjectionAdmin.State.LIVE && status.position() >= head));
        assertThat(clientAnswers()).isEqualTo(answers);
        Map<String, List<Map<String, Object>>> replayed = snapshot();
        for (String table : READ_MODEL_TABLES) {
            assertThat(replayed.get(table)).as(table).hasSameSizeAs(live.get(table)).isEqualTo(live.get(table));
        }
        liveCopies.forEach((readModel, copy) -> assertThat(liveCopies().get(readModel)).isEqualTo(other(copy)));
    }

    @Test
    @Order(200)
    void the_log_of_the_whole_run_names_no_child_no_worker_and_quotes_no_free_text(CapturedOutput log) {
        // Besides loading the scenario, rebuilding every read model and the reads above: refusals and reads of
        // a child's records, as users meet them.
        Map<String, Object> open = jdbc.queryForMap("""
                SELECT v.audit_id, v.child_reference FROM case_of_concern_version v WHERE v.status = 'OPEN'
                AND v.seq = (SELECT MAX(w.seq) FROM case_of_concern_version w
                             WHERE w.case_of_concern_id = v.case_of_concern_id)
                ORDER BY v.case_of_concern_id FETCH FIRST 1 ROWS ONLY""");
        String child = (String) open.get("child_reference");
        ResponseEntity<JsonNode> again = http.withBasicAuth("head-of-service", "demo").postForEntity(
                "/api/cases-of-concern", json("""
                        {"auditId":"%s","childReference":"%s","category":"CATEGORY_1","concerns":"Raised twice.",
                         "worker":"Agency SW Example"}""".formatted(open.get("audit_id"), child)), JsonNode.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        ResponseEntity<JsonNode> malformed = http.withBasicAuth("qa-lead", "demo").postForEntity("/api/audits",
                json("{\"childReference\":\"" + child + "\",\"auditMonth\":\"May\"}"), JsonNode.class);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("/api/actions?childReference=" + child).get("total").asLong()).isPositive();

        List<String> secrets = jdbc.queryForList("""
                SELECT child_reference FROM audit_version UNION SELECT worker FROM case_of_concern_version
                UNION SELECT concerns FROM case_of_concern_version UNION SELECT last_assurance FROM case_of_concern_version
                UNION SELECT sign_off_rationale FROM case_of_concern_version
                UNION SELECT last_refusal_reason FROM case_of_concern_version
                UNION SELECT reopen_reason FROM case_of_concern_version UNION SELECT description FROM action_version
                UNION SELECT inadmissibility_reason FROM audit_version""", String.class).stream()
                .filter(java.util.Objects::nonNull).toList();
        assertThat(secrets).as("children, workers and free texts of the scenario").hasSizeGreaterThan(200)
                .contains(child);
        String output = log.getAll();
        assertThat(output).as("the run was logged").contains("Reference scenario loaded");
        for (String secret : secrets) {
            assertThat(java.util.regex.Pattern.compile("(?<![A-Za-z0-9])" + java.util.regex.Pattern.quote(secret)
                    + "(?![A-Za-z0-9])")
                    .matcher(output).find()).as("the log names %s", secret).isFalse();
        }
    }

    /** What clients see of each read model: the tracker, the register's sizes and the trends. */
    private Map<String, Object> clientAnswers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("tracker", tracker("&asAt=" + END_OF_MAY));
        answers.put("register", get("/api/cases-of-concern?size=500"));
        answers.put("register sizes",
                get("/api/cases-of-concern/register-sizes?from=2018-02-01&to=2018-05-31&interval=MONTH"));
        answers.put("trends", get("/api/judgement-trends?from=2018-01&to=2018-05"));
        answers.put("audits", get("/api/audits?month=2018-05&size=100"));
        // Every answer echoes the instant it was asked (knownAt, "now" by default): not part of what it shows.
        answers.values().stream().filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast)
                .forEach(answer -> answer.remove("knownAt"));
        return answers;
    }

    private Map<String, String> liveCopies() {
        Map<String, String> copies = new LinkedHashMap<>();
        jdbc.query("SELECT read_model, live FROM read_model_slot ORDER BY read_model",
                (java.sql.ResultSet row) -> {
                    copies.put(row.getString("read_model"), row.getString("live"));
                });
        return copies;
    }

    private int rows(String table, String copy) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + "_" + copy, Integer.class);
    }

    private static String other(String copy) {
        return "a".equals(copy) ? "b" : "a";
    }

    /**
     * Holds each read model's rebuild at its first replayed event while closed, so the test can read while the
     * rebuilt tables are half-built. Live (non-replayed) events pass.
     */
    static final class ReplayGate {

        private static final Set<String> HELD = ConcurrentHashMap.newKeySet();
        private static volatile CountDownLatch gate = new CountDownLatch(0);

        static void close() {
            HELD.clear();
            gate = new CountDownLatch(1);
        }

        static void open() {
            gate.countDown();
        }

        static boolean allHeld() {
            return HELD.containsAll(List.of("audits", "register", "action-tracker"));
        }

        static void pass(String readModel, ReplayStatus status) throws InterruptedException {
            if (status.isReplay() && gate.getCount() > 0) {
                HELD.add(readModel);
                gate.await(60, TimeUnit.SECONDS);
            }
        }
    }

    @TestConfiguration
    static class ReplayGates {

        @Component
        @ProcessingGroup("audits")
        static class AuditsGate {
            @EventHandler
            void on(AuditScheduled event, ReplayStatus status) throws InterruptedException {
                ReplayGate.pass("audits", status);
            }
        }

        @Component
        @ProcessingGroup("register")
        static class RegisterGate {
            @EventHandler
            void on(CaseOfConcernRaised event, ReplayStatus status) throws InterruptedException {
                ReplayGate.pass("register", status);
            }
        }

        @Component
        @ProcessingGroup("action-tracker")
        static class ActionTrackerGate {
            @EventHandler
            void on(AuditActionAgreed event, ReplayStatus status) throws InterruptedException {
                ReplayGate.pass("action-tracker", status);
            }
        }
    }

    @Test
    @Order(100)
    void a_report_asked_with_known_at_is_unchanged_by_facts_back_dated_after_it() {
        Map<String, JsonNode> printed = tracker("&asAt=" + END_OF_MAY);
        JsonNode printedProgramme = get("/api/programme?from=2018-05&to=2018-05&asAt=" + PROGRAMME_ANALYSED_ON);
        Instant printedAt = Instant.now();

        long position = post("auditor", "/api/audits/audit-2018-02-01/actions", """
                {"description":"Back-dated action found in a paper file","owner":"TM","team":"Glos Safeg Tm 4",
                 "dueDate":"2018-03-15","focus":"PROCESS","effectiveOn":"2018-03-01"}""");
        position = Math.max(position, post("qa-lead", "/api/audits", """
                {"auditMonth":"2018-05","childReference":"9990001","team":"Chelt Assess","serviceArea":"CASS",
                 "auditType":"CASE_FILE","auditor":"HoS 1","dueDate":"2018-05-31","effectiveOn":"2018-05-10"}"""));

        Map<String, JsonNode> now = tracker("&asAt=" + END_OF_MAY + "&minPosition=" + position);
        assertThat(figures(now.get("2018-02"))).containsExactly(128L, 116L, 12L, 0L);
        assertThat(get("/api/programme?from=2018-05&to=2018-05&asAt=" + PROGRAMME_ANALYSED_ON).get("months").get(0)
                .get("scheduled").asLong()).isEqualTo(28);

        Map<String, JsonNode> reproduced = tracker("&asAt=" + END_OF_MAY + "&knownAt=" + printedAt);
        assertThat(reproduced).isEqualTo(printed);
        assertThat(figures(reproduced.get("2018-02"))).containsExactly(127L, 116L, 11L, 0L);
        assertThat(get("/api/programme?from=2018-05&to=2018-05&asAt=" + PROGRAMME_ANALYSED_ON + "&knownAt=" + printedAt)
                .get("months")).isEqualTo(printedProgramme.get("months"));
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : READ_MODEL_TABLES) {
            tables.put(table, jdbc.queryForList("SELECT * FROM " + table + " ORDER BY 1, 2, 3"));
        }
        return tables;
    }

    private Map<String, JsonNode> tracker(String parameters) {
        Map<String, JsonNode> cohorts = new LinkedHashMap<>();
        get("/api/action-tracker?from=2018-01&to=2018-05" + parameters).get("cohorts")
                .forEach(row -> cohorts.put(row.get("group").asText(), row));
        return cohorts;
    }

    /** total, completed, outstanding, not yet due. */
    private static List<Long> figures(JsonNode cohort) {
        return List.of(cohort.get("total").asLong(), cohort.get("completed").asLong(),
                cohort.get("outstanding").asLong(), cohort.get("notYetDue").asLong());
    }

    /** Per month: OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE, total. */
    private static Map<String, List<Long>> gradeCounts(JsonNode trends) {
        Map<String, List<Long>> months = new LinkedHashMap<>();
        trends.get("periods").forEach(period -> {
            JsonNode grades = period.get("grades");
            months.put(period.get("period").asText(), List.of(grades.get("OUTSTANDING").get("count").asLong(),
                    grades.get("GOOD").get("count").asLong(), grades.get("REQUIRES_IMPROVEMENT").get("count").asLong(),
                    grades.get("INADEQUATE").get("count").asLong(), period.get("total").asLong()));
        });
        return months;
    }

    /** ENGAGED, ATTEMPTED, NOT_APPROPRIATE, NOT_RECORDED. */
    private static List<Long> levels(JsonNode party) {
        return List.of(party.get("ENGAGED").asLong(), party.get("ATTEMPTED").asLong(),
                party.get("NOT_APPROPRIATE").asLong(), party.get("NOT_RECORDED").asLong());
    }

    private JsonNode get(String path) {
        ResponseEntity<JsonNode> response = http.withBasicAuth("qa-lead", "demo").getForEntity(path, JsonNode.class);
        assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private long post(String user, String path, String body) {
        ResponseEntity<JsonNode> response = http.withBasicAuth(user, "demo").postForEntity(path, json(body), JsonNode.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(path + " " + response.getBody()).isTrue();
        return response.getBody().get("position").asLong();
    }
}
