package uk.caseaudit.api.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.caseaudit.api.read.ReadConsistency;
import uk.caseaudit.support.IntegrationTest;
import uk.caseaudit.support.Scenario;

/**
 * The judgement trend tables. The briefing's moderated overall grades for January to May 2018 (domain.md, reference
 * figures) are made once, in a team of their own; every other test makes its own small team.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrendsApiTest extends IntegrationTest {

    /** Moderated overall grades by audit month, 2018, from the May 2018 briefing. */
    private static final List<BriefingMonth> BRIEFING = List.of(
            new BriefingMonth("2018-01", 0, 27, 5),
            new BriefingMonth("2018-02", 0, 18, 5),
            new BriefingMonth("2018-03", 2, 13, 9),
            new BriefingMonth("2018-04", 1, 18, 8),
            new BriefingMonth("2018-05", 2, 14, 9));

    private record BriefingMonth(String month, int good, int requiresImprovement, int inadequate) {
    }

    private Scenario briefing;

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private ReadConsistency readConsistency;

    /**
     * Each audit is submitted with its moderated grade, except two of May's inadequate ones: the auditor said
     * REQUIRES_IMPROVEMENT and the moderator changed it on 28 May.
     */
    @BeforeAll
    void theBriefingsAudits() {
        briefing = new Scenario(http);
        for (BriefingMonth month : BRIEFING) {
            for (int i = 0; i < month.good(); i++) {
                briefing.scheduleAndJudgeAnAudit(month.month(), "GOOD");
            }
            for (int i = 0; i < month.requiresImprovement(); i++) {
                briefing.scheduleAndJudgeAnAudit(month.month(), "REQUIRES_IMPROVEMENT");
            }
            for (int i = 0; i < month.inadequate(); i++) {
                if (month.month().equals("2018-05") && i < 2) {
                    String auditId = briefing.scheduleAndJudgeAnAudit(month.month(), "REQUIRES_IMPROVEMENT");
                    briefing.moderate(auditId, "2018-05-28", Map.of("OVERALL", "INADEQUATE"));
                } else {
                    briefing.scheduleAndJudgeAnAudit(month.month(), "INADEQUATE");
                }
            }
        }
    }

    @Test
    void the_briefings_moderated_overall_grades_come_out_per_month_with_counts_beside_one_decimal_percentages() {
        JsonNode trends = briefing.read("/api/judgement-trends?from=2018-01&to=2018-05&asAt=2018-06-10");

        assertThat(rows(trends)).containsExactly(
                "2018-01 | OUTSTANDING 0 (0.0) | GOOD 0 (0.0) | REQUIRES_IMPROVEMENT 27 (84.4) | INADEQUATE 5 (15.6) | total 32 | good or better 0 (0.0)",
                "2018-02 | OUTSTANDING 0 (0.0) | GOOD 0 (0.0) | REQUIRES_IMPROVEMENT 18 (78.3) | INADEQUATE 5 (21.7) | total 23 | good or better 0 (0.0)",
                "2018-03 | OUTSTANDING 0 (0.0) | GOOD 2 (8.3) | REQUIRES_IMPROVEMENT 13 (54.2) | INADEQUATE 9 (37.5) | total 24 | good or better 2 (8.3)",
                "2018-04 | OUTSTANDING 0 (0.0) | GOOD 1 (3.7) | REQUIRES_IMPROVEMENT 18 (66.7) | INADEQUATE 8 (29.6) | total 27 | good or better 1 (3.7)",
                "2018-05 | OUTSTANDING 0 (0.0) | GOOD 2 (8.0) | REQUIRES_IMPROVEMENT 14 (56.0) | INADEQUATE 9 (36.0) | total 25 | good or better 2 (8.0)");
        assertThat(trends.get("from").asText()).isEqualTo("2018-01");
        assertThat(trends.get("to").asText()).isEqualTo("2018-05");
        assertThat(trends.get("interval").asText()).isEqualTo("MONTH");
        assertThat(trends.get("area").asText()).isEqualTo("OVERALL");
        assertThat(trends.get("stage").asText()).isEqualTo("MODERATED");
        assertThat(trends.get("asAt").asText()).isEqualTo("2018-06-10");
        assertThat(trends.get("knownAt").asText()).isNotBlank();
        JsonNode may = trends.get("periods").get(4);
        assertThat(may.get("grades").get("GOOD").toString()).isEqualTo("{\"count\":2,\"percent\":8.0}");
        assertThat(may.get("goodOrBetterPercent").toString()).isEqualTo("8.0");
    }

    @Test
    void quarters_are_of_the_financial_year_so_january_to_march_fall_in_q4_of_the_year_before_and_april_in_q1() {
        JsonNode trends = briefing.read("/api/judgement-trends?from=2018-01&to=2018-05&interval=QUARTER"
                + "&asAt=2018-06-10");

        assertThat(rows(trends)).containsExactly(
                "2017-18 Q4 | OUTSTANDING 0 (0.0) | GOOD 2 (2.5) | REQUIRES_IMPROVEMENT 58 (73.4) | INADEQUATE 19 (24.1) | total 79 | good or better 2 (2.5)",
                "2018-19 Q1 | OUTSTANDING 0 (0.0) | GOOD 3 (5.8) | REQUIRES_IMPROVEMENT 32 (61.5) | INADEQUATE 17 (32.7) | total 52 | good or better 3 (5.8)");
        assertThat(rows(briefing.read("/api/judgement-trends?from=2018-03&to=2018-04&interval=QUARTER")))
                .containsExactly(
                        "2017-18 Q4 | OUTSTANDING 0 (0.0) | GOOD 2 (8.3) | REQUIRES_IMPROVEMENT 13 (54.2) | INADEQUATE 9 (37.5) | total 24 | good or better 2 (8.3)",
                        "2018-19 Q1 | OUTSTANDING 0 (0.0) | GOOD 1 (3.7) | REQUIRES_IMPROVEMENT 18 (66.7) | INADEQUATE 8 (29.6) | total 27 | good or better 1 (3.7)");
    }

    @Test
    void the_auditor_stage_counts_the_auditors_grades_where_moderation_changed_them() {
        JsonNode auditor = briefing.read("/api/judgement-trends?from=2018-05&to=2018-05&stage=AUDITOR&asAt=2018-06-10");
        JsonNode moderated = briefing.read("/api/judgement-trends?from=2018-05&to=2018-05&stage=MODERATED"
                + "&asAt=2018-06-10");

        assertThat(rows(auditor)).containsExactly(
                "2018-05 | OUTSTANDING 0 (0.0) | GOOD 2 (8.0) | REQUIRES_IMPROVEMENT 16 (64.0) | INADEQUATE 7 (28.0) | total 25 | good or better 2 (8.0)");
        assertThat(rows(moderated)).containsExactly(
                "2018-05 | OUTSTANDING 0 (0.0) | GOOD 2 (8.0) | REQUIRES_IMPROVEMENT 14 (56.0) | INADEQUATE 9 (36.0) | total 25 | good or better 2 (8.0)");
    }

    @Test
    void a_moderation_is_not_counted_as_at_a_day_before_it_took_effect() {
        String before = "/api/judgement-trends?from=2018-05&to=2018-05&asAt=2018-05-27";
        String on = "/api/judgement-trends?from=2018-05&to=2018-05&asAt=2018-05-28";

        assertThat(rows(briefing.read(before))).containsExactly(
                "2018-05 | OUTSTANDING 0 (0.0) | GOOD 2 (8.0) | REQUIRES_IMPROVEMENT 16 (64.0) | INADEQUATE 7 (28.0) | total 25 | good or better 2 (8.0)");
        assertThat(rows(briefing.read(on))).containsExactly(
                "2018-05 | OUTSTANDING 0 (0.0) | GOOD 2 (8.0) | REQUIRES_IMPROVEMENT 14 (56.0) | INADEQUATE 9 (36.0) | total 25 | good or better 2 (8.0)");
    }

    @Test
    void the_moderated_stage_keeps_an_areas_latest_moderated_grade_when_a_later_revision_moderates_other_areas() {
        Scenario scenario = new Scenario(http);
        String moderatedTwice = scenario.schedule("2018-05", "2018-05-01", "2018-05-25");
        scenario.submit(moderatedTwice, "2018-05-20", Map.of("OVERALL", "REQUIRES_IMPROVEMENT",
                "SAFETY", "REQUIRES_IMPROVEMENT"), Scenario.Engagement.ALL_ENGAGED);
        scenario.moderate(moderatedTwice, "2018-05-25", Map.of("OVERALL", "INADEQUATE"));
        scenario.moderate(moderatedTwice, "2018-05-27", Map.of("SAFETY", "OUTSTANDING"));
        String overallOnly = scenario.scheduleAndJudgeAnAudit("2018-05", "GOOD");

        assertThat(rows(scenario.read("/api/judgement-trends?from=2018-05&to=2018-05")))
                .containsExactly("2018-05 | OUTSTANDING 0 (0.0) | GOOD 1 (50.0) | REQUIRES_IMPROVEMENT 0 (0.0) | INADEQUATE 1 (50.0) | total 2 | good or better 1 (50.0)");
        assertThat(rows(scenario.read("/api/judgement-trends?from=2018-05&to=2018-05&stage=AUDITOR")))
                .containsExactly("2018-05 | OUTSTANDING 0 (0.0) | GOOD 1 (50.0) | REQUIRES_IMPROVEMENT 1 (50.0) | INADEQUATE 0 (0.0) | total 2 | good or better 1 (50.0)");
        assertThat(rows(scenario.read("/api/judgement-trends?from=2018-05&to=2018-05&area=SAFETY")))
                .as("only the audit graded for SAFETY counts")
                .containsExactly("2018-05 | OUTSTANDING 1 (100.0) | GOOD 0 (0.0) | REQUIRES_IMPROVEMENT 0 (0.0) | INADEQUATE 0 (0.0) | total 1 | good or better 1 (100.0)");
        assertThat(rows(scenario.read("/api/judgement-trends?from=2018-05&to=2018-05&area=SAFETY&stage=AUDITOR")))
                .containsExactly("2018-05 | OUTSTANDING 0 (0.0) | GOOD 0 (0.0) | REQUIRES_IMPROVEMENT 1 (100.0) | INADEQUATE 0 (0.0) | total 1 | good or better 0 (0.0)");
    }

    @Test
    void an_audit_counts_from_the_day_its_judgements_were_submitted_until_the_day_it_was_declared_inadmissible() {
        Scenario scenario = new Scenario(http);
        String declared = scenario.scheduleAndJudgeAnAudit("2018-05", "GOOD");
        scenario.declareInadmissible(declared, "2018-05-29");
        String kept = scenario.schedule("2018-05", "2018-05-01", "2018-05-25");
        scenario.submit(kept, "2018-05-21", "INADEQUATE");

        assertThat(total(scenario, "2018-05-19")).isZero();
        assertThat(total(scenario, "2018-05-20")).isEqualTo(1);
        assertThat(total(scenario, "2018-05-28")).isEqualTo(2);
        assertThat(rows(scenario.read("/api/judgement-trends?from=2018-05&to=2018-05&asAt=2018-05-29")))
                .containsExactly("2018-05 | OUTSTANDING 0 (0.0) | GOOD 0 (0.0) | REQUIRES_IMPROVEMENT 0 (0.0) | INADEQUATE 1 (100.0) | total 1 | good or better 0 (0.0)");
    }

    @Test
    void known_at_an_instant_before_a_back_dated_moderation_was_recorded_the_table_reads_as_it_was_printed() {
        Scenario scenario = new Scenario(http);
        String auditId = scenario.scheduleAndJudgeAnAudit("2018-05", "REQUIRES_IMPROVEMENT");
        String table = "/api/judgement-trends?from=2018-04&to=2018-06&interval=QUARTER&asAt=2018-06-30";
        JsonNode printed = scenario.read(table);
        Instant printedAt = Instant.now();

        scenario.moderate(auditId, "2018-05-28", Map.of("OVERALL", "INADEQUATE"));

        JsonNode reprinted = scenario.read(table + "&knownAt=" + printedAt);
        assertThat(reprinted.get("periods")).isEqualTo(printed.get("periods"));
        assertThat(reprinted.get("knownAt").asText()).isEqualTo(printedAt.toString());
        assertThat(rows(reprinted)).containsExactly(
                "2018-19 Q1 | OUTSTANDING 0 (0.0) | GOOD 0 (0.0) | REQUIRES_IMPROVEMENT 1 (100.0) | INADEQUATE 0 (0.0) | total 1 | good or better 0 (0.0)");
        assertThat(rows(scenario.read(table))).containsExactly(
                "2018-19 Q1 | OUTSTANDING 0 (0.0) | GOOD 0 (0.0) | REQUIRES_IMPROVEMENT 0 (0.0) | INADEQUATE 1 (100.0) | total 1 | good or better 0 (0.0)");
    }

    @Test
    void service_area_and_audit_type_filters_count_only_the_matching_audits() {
        Scenario scenario = new Scenario(http);
        String safeguarding = scenario.schedule("2018-05", "2018-05-01", "2018-05-25", "Safeguarding", "CASE_FILE");
        scenario.submit(safeguarding, "2018-05-20", "GOOD");
        String fostering = scenario.schedule("2018-05", "2018-05-01", "2018-05-25", "Fostering", "FOSTER_CARER");
        scenario.submit(fostering, "2018-05-20", "INADEQUATE");
        String dipSample = scenario.schedule("2018-05", "2018-05-01", "2018-05-25", "Safeguarding", "DIP_SAMPLE");
        scenario.submit(dipSample, "2018-05-20", "REQUIRES_IMPROVEMENT");

        assertThat(total(scenario, "2018-06-01")).isEqualTo(3);
        assertThat(rows(scenario.read("/api/judgement-trends?from=2018-05&to=2018-05&serviceArea=Safeguarding")))
                .containsExactly("2018-05 | OUTSTANDING 0 (0.0) | GOOD 1 (50.0) | REQUIRES_IMPROVEMENT 1 (50.0) | INADEQUATE 0 (0.0) | total 2 | good or better 1 (50.0)");
        assertThat(rows(scenario.read("/api/judgement-trends?from=2018-05&to=2018-05&auditType=FOSTER_CARER")))
                .containsExactly("2018-05 | OUTSTANDING 0 (0.0) | GOOD 0 (0.0) | REQUIRES_IMPROVEMENT 0 (0.0) | INADEQUATE 1 (100.0) | total 1 | good or better 0 (0.0)");
        assertThat(rows(scenario.read("/api/judgement-trends?from=2018-05&to=2018-05&serviceArea=Safeguarding"
                + "&auditType=DIP_SAMPLE")))
                .containsExactly("2018-05 | OUTSTANDING 0 (0.0) | GOOD 0 (0.0) | REQUIRES_IMPROVEMENT 1 (100.0) | INADEQUATE 0 (0.0) | total 1 | good or better 0 (0.0)");
    }

    @Test
    void every_period_of_the_range_is_listed_and_an_empty_one_shows_every_grade_at_zero() {
        Scenario scenario = new Scenario(http);
        scenario.scheduleAndJudgeAnAudit("2018-05", "GOOD");

        assertThat(rows(scenario.read("/api/judgement-trends?from=2018-04&to=2018-06"))).containsExactly(
                "2018-04 | OUTSTANDING 0 (0.0) | GOOD 0 (0.0) | REQUIRES_IMPROVEMENT 0 (0.0) | INADEQUATE 0 (0.0) | total 0 | good or better 0 (0.0)",
                "2018-05 | OUTSTANDING 0 (0.0) | GOOD 1 (100.0) | REQUIRES_IMPROVEMENT 0 (0.0) | INADEQUATE 0 (0.0) | total 1 | good or better 1 (100.0)",
                "2018-06 | OUTSTANDING 0 (0.0) | GOOD 0 (0.0) | REQUIRES_IMPROVEMENT 0 (0.0) | INADEQUATE 0 (0.0) | total 0 | good or better 0 (0.0)");
    }

    @Test
    void replaying_the_audits_read_models_from_the_first_event_gives_the_same_answers() {
        String trends = "/api/judgement-trends?from=2018-01&to=2018-05&interval=QUARTER&asAt=2018-06-10";
        String programme = "/api/programme?from=2018-01&to=2018-05&asAt=2018-06-10";
        String audits = "/api/audits?month=2018-05&size=500&asAt=2018-06-10";
        JsonNode liveTrends = briefing.read(trends);
        JsonNode liveProgramme = briefing.read(programme);
        JsonNode liveAudits = briefing.read(audits);

        StreamingEventProcessor processor = processing.eventProcessor("audits", StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        // A replay ends at the first event after the position it was reset at (Axon's ReplayToken): store one.
        Scenario afterTheReplay = new Scenario(http);
        afterTheReplay.schedule("2018-05", "2018-05-01", "2018-05-25");
        await().atMost(Duration.ofSeconds(30)).until(() -> readConsistency.reached(afterTheReplay.lastPosition()));

        assertThat(briefing.read(trends).get("periods")).isEqualTo(liveTrends.get("periods"));
        assertThat(briefing.read(programme).get("months")).isEqualTo(liveProgramme.get("months"));
        assertThat(briefing.read(audits).get("audits")).isEqualTo(liveAudits.get("audits"));
        assertThat(liveAudits.get("total").asInt()).isEqualTo(25);
    }

    @Test
    void malformed_parameters_and_a_range_ending_before_it_starts_are_refused_with_400_problem_json() {
        for (String query : new String[] {"from=2018-05&to=2018-04", "from=2018-13&to=2018-12", "to=2018-05",
                "from=2018-05", "from=2018-05&to=2018-05&interval=WEEK", "from=2018-05&to=2018-05&stage=FINAL",
                "from=2018-05&to=2018-05&area=HOUSING", "from=2018-05&to=2018-05&auditType=OTHER",
                "from=2018-05&to=2018-05&asAt=31/05/2018", "from=2018-05&to=2018-05&knownAt=yesterday",
                "from=2018-05-01&to=2018-05-31", "from=1990-01&to=2018-05"}) {
            ResponseEntity<JsonNode> refused = briefing.get("/api/judgement-trends?" + query);
            assertThat(refused.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getHeaders().getContentType()).as(query).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        ResponseEntity<JsonNode> backwards = briefing.get("/api/judgement-trends?from=2018-05&to=2018-04");
        JsonNode error = backwards.getBody().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("from");
        assertThat(error.get("message").asText()).isEqualTo("must not be after 'to'");
    }

    @Test
    void the_trends_are_read_by_every_role_but_the_integrator() {
        String path = "/api/judgement-trends?from=2018-05&to=2018-05";

        assertThat(http.withBasicAuth("integrator", "demo").getForEntity(path, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String reader : new String[] {"qa-lead", "auditor", "moderator", "team-manager", "head-of-service",
                "improvement-director"}) {
            assertThat(http.withBasicAuth(reader, "demo").getForEntity(path, JsonNode.class).getStatusCode())
                    .as(reader).isEqualTo(HttpStatus.OK);
        }
    }

    private static long total(Scenario scenario, String asAt) {
        return scenario.read("/api/judgement-trends?from=2018-05&to=2018-05&asAt=" + asAt).get("periods").get(0)
                .get("total").asLong();
    }

    /** Each period on one line: every grade's count and percentage, the total and good or better. */
    private static List<String> rows(JsonNode trends) {
        List<String> rows = new ArrayList<>();
        for (JsonNode period : trends.get("periods")) {
            StringBuilder row = new StringBuilder(period.get("period").asText());
            period.get("grades").fields().forEachRemaining(grade -> row.append(" | ").append(grade.getKey())
                    .append(' ').append(grade.getValue().get("count").asInt())
                    .append(" (").append(grade.getValue().get("percent").asText()).append(')'));
            row.append(" | total ").append(period.get("total").asInt())
                    .append(" | good or better ").append(period.get("goodOrBetter").asInt())
                    .append(" (").append(period.get("goodOrBetterPercent").asText()).append(')');
            rows.add(row.toString());
        }
        return rows;
    }
}
