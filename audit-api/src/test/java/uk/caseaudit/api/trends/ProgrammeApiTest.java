package uk.caseaudit.api.trends;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.caseaudit.support.IntegrationTest;
import uk.caseaudit.support.Scenario;
import uk.caseaudit.support.Scenario.Engagement;

/** The programme and engagement table: per audit month, as at a day and as known at an instant. */
class ProgrammeApiTest extends IntegrationTest {

    private static final String NONE = "{\"ENGAGED\":0,\"ATTEMPTED\":0,\"NOT_APPROPRIATE\":0,\"NOT_RECORDED\":0}";

    /**
     * May 2018 in the briefing: 27 identified; 26 completed within timescale, 1 not (still not submitted when the
     * month was analysed); 1 of the 26 inadmissible; 25 analysed; the engagement of the 26 as the briefing gives it.
     */
    @Test
    void the_briefings_may_2018_programme_and_engagement_come_out_exactly() {
        Scenario scenario = new Scenario(http);
        String[] moderatedOverall = new String[26];
        for (int i = 0; i < 26; i++) {
            moderatedOverall[i] = i < 2 ? "GOOD" : i < 16 ? "REQUIRES_IMPROVEMENT" : i < 25 ? "INADEQUATE"
                    : "REQUIRES_IMPROVEMENT";
        }
        for (int i = 0; i < 26; i++) {
            String auditId = scenario.schedule("2018-05", "2018-05-01", "2018-05-25");
            scenario.submit(auditId, "2018-05-20", Map.of("OVERALL", moderatedOverall[i]), new Engagement(
                    i < 18 ? "ENGAGED" : "ATTEMPTED",
                    i < 16 ? "ENGAGED" : "ATTEMPTED",
                    i < 9 ? "ATTEMPTED" : "NOT_APPROPRIATE",
                    i < 12 ? "ENGAGED" : i < 22 ? "ATTEMPTED" : "NOT_RECORDED"));
            if (i == 25) {
                scenario.declareInadmissible(auditId, "2018-05-29");
            }
        }
        scenario.schedule("2018-05", "2018-05-01", "2018-05-31");

        JsonNode may = scenario.read("/api/programme?from=2018-05&to=2018-05&asAt=2018-06-10").get("months").get(0);

        assertThat(counts(may)).isEqualTo(
                "2018-05 | scheduled 27 | within timescale 26 | late 1 | inadmissible 1 | analysed 25");
        JsonNode engagement = may.get("engagement");
        assertThat(engagement.get("socialWorker").toString())
                .isEqualTo("{\"ENGAGED\":18,\"ATTEMPTED\":8,\"NOT_APPROPRIATE\":0,\"NOT_RECORDED\":0}");
        assertThat(engagement.get("teamManager").toString())
                .isEqualTo("{\"ENGAGED\":16,\"ATTEMPTED\":10,\"NOT_APPROPRIATE\":0,\"NOT_RECORDED\":0}");
        assertThat(engagement.get("child").toString())
                .isEqualTo("{\"ENGAGED\":0,\"ATTEMPTED\":9,\"NOT_APPROPRIATE\":17,\"NOT_RECORDED\":0}");
        assertThat(engagement.get("parent").toString())
                .isEqualTo("{\"ENGAGED\":12,\"ATTEMPTED\":10,\"NOT_APPROPRIATE\":0,\"NOT_RECORDED\":4}");
        JsonNode trend = scenario.read("/api/judgement-trends?from=2018-05&to=2018-05&asAt=2018-06-10")
                .get("periods").get(0);
        assertThat(trend.get("total").asInt()).as("the inadmissible audit leaves the judgement table").isEqualTo(25);
        assertThat(trend.get("grades").get("GOOD").get("count").asInt()).isEqualTo(2);
        assertThat(trend.get("grades").get("REQUIRES_IMPROVEMENT").get("count").asInt()).isEqualTo(14);
        assertThat(trend.get("grades").get("INADEQUATE").get("count").asInt()).isEqualTo(9);
    }

    @Test
    void an_unsubmitted_audit_is_late_from_the_day_after_its_due_date() {
        Scenario scenario = new Scenario(http);
        scenario.schedule("2018-05", "2018-05-01", "2018-05-25");

        assertThat(counts(may(scenario, "2018-05-25")))
                .isEqualTo("2018-05 | scheduled 1 | within timescale 0 | late 0 | inadmissible 0 | analysed 0");
        assertThat(counts(may(scenario, "2018-05-26")))
                .isEqualTo("2018-05 | scheduled 1 | within timescale 0 | late 1 | inadmissible 0 | analysed 0");
    }

    @Test
    void an_audit_submitted_after_its_due_date_is_late_not_completed_within_timescale() {
        Scenario scenario = new Scenario(http);
        String onTheDay = scenario.schedule("2018-05", "2018-05-01", "2018-05-25");
        scenario.submit(onTheDay, "2018-05-25", "GOOD");
        String afterIt = scenario.schedule("2018-05", "2018-05-01", "2018-05-25");
        scenario.submit(afterIt, "2018-05-30", "GOOD");

        assertThat(counts(may(scenario, "2018-06-10")))
                .isEqualTo("2018-05 | scheduled 2 | within timescale 1 | late 1 | inadmissible 0 | analysed 2");
    }

    @Test
    void an_audit_declared_inadmissible_before_it_was_submitted_counts_as_inadmissible_not_late_and_has_no_engagement() {
        Scenario scenario = new Scenario(http);
        String auditId = scenario.schedule("2018-05", "2018-05-01", "2018-05-25");
        scenario.declareInadmissible(auditId, "2018-05-10");

        JsonNode may = may(scenario, "2018-06-10");

        assertThat(counts(may))
                .isEqualTo("2018-05 | scheduled 1 | within timescale 0 | late 0 | inadmissible 1 | analysed 0");
        assertThat(may.get("engagement").get("parent").toString()).isEqualTo(NONE);
    }

    @Test
    void as_at_an_earlier_day_the_programme_counts_only_what_had_taken_effect_by_then() {
        Scenario scenario = new Scenario(http);
        String early = scenario.schedule("2018-05", "2018-05-01", "2018-05-25");
        scenario.schedule("2018-05", "2018-05-10", "2018-05-25");
        scenario.submit(early, "2018-05-20", Map.of("OVERALL", "GOOD"),
                new Engagement("ENGAGED", "ATTEMPTED", "NOT_APPROPRIATE", "NOT_RECORDED"));

        assertThat(counts(may(scenario, "2018-04-30")))
                .isEqualTo("2018-05 | scheduled 0 | within timescale 0 | late 0 | inadmissible 0 | analysed 0");
        assertThat(counts(may(scenario, "2018-05-05")))
                .isEqualTo("2018-05 | scheduled 1 | within timescale 0 | late 0 | inadmissible 0 | analysed 0");
        JsonNode beforeSubmission = may(scenario, "2018-05-19");
        assertThat(counts(beforeSubmission))
                .isEqualTo("2018-05 | scheduled 2 | within timescale 0 | late 0 | inadmissible 0 | analysed 0");
        assertThat(beforeSubmission.get("engagement").get("socialWorker").toString()).isEqualTo(NONE);
        JsonNode submitted = may(scenario, "2018-05-20");
        assertThat(counts(submitted))
                .isEqualTo("2018-05 | scheduled 2 | within timescale 1 | late 0 | inadmissible 0 | analysed 1");
        assertThat(submitted.get("engagement").toString()).isEqualTo("{"
                + "\"socialWorker\":{\"ENGAGED\":1,\"ATTEMPTED\":0,\"NOT_APPROPRIATE\":0,\"NOT_RECORDED\":0},"
                + "\"teamManager\":{\"ENGAGED\":0,\"ATTEMPTED\":1,\"NOT_APPROPRIATE\":0,\"NOT_RECORDED\":0},"
                + "\"child\":{\"ENGAGED\":0,\"ATTEMPTED\":0,\"NOT_APPROPRIATE\":1,\"NOT_RECORDED\":0},"
                + "\"parent\":{\"ENGAGED\":0,\"ATTEMPTED\":0,\"NOT_APPROPRIATE\":0,\"NOT_RECORDED\":1}}");
    }

    @Test
    void known_at_an_instant_before_a_back_dated_declaration_was_recorded_the_programme_reads_as_it_was_printed() {
        Scenario scenario = new Scenario(http);
        String auditId = scenario.scheduleAndJudgeAnAudit("2018-05", "GOOD");
        String table = "/api/programme?from=2018-05&to=2018-05&asAt=2018-06-10";
        JsonNode printed = scenario.read(table);
        Instant printedAt = Instant.now();

        scenario.declareInadmissible(auditId, "2018-05-29");

        assertThat(scenario.read(table + "&knownAt=" + printedAt).get("months")).isEqualTo(printed.get("months"));
        assertThat(counts(printed.get("months").get(0)))
                .isEqualTo("2018-05 | scheduled 1 | within timescale 1 | late 0 | inadmissible 0 | analysed 1");
        assertThat(counts(scenario.read(table).get("months").get(0)))
                .isEqualTo("2018-05 | scheduled 1 | within timescale 1 | late 0 | inadmissible 1 | analysed 0");
    }

    @Test
    void every_month_of_the_range_is_listed_in_order_empty_ones_at_zero() {
        Scenario scenario = new Scenario(http);
        scenario.schedule("2018-05", "2018-05-01", "2018-05-25");

        JsonNode programme = scenario.read("/api/programme?from=2018-04&to=2018-06&asAt=2018-05-10");

        assertThat(programme.get("from").asText()).isEqualTo("2018-04");
        assertThat(programme.get("to").asText()).isEqualTo("2018-06");
        assertThat(programme.get("asAt").asText()).isEqualTo("2018-05-10");
        assertThat(programme.get("months")).extracting(ProgrammeApiTest::counts).containsExactly(
                "2018-04 | scheduled 0 | within timescale 0 | late 0 | inadmissible 0 | analysed 0",
                "2018-05 | scheduled 1 | within timescale 0 | late 0 | inadmissible 0 | analysed 0",
                "2018-06 | scheduled 0 | within timescale 0 | late 0 | inadmissible 0 | analysed 0");
        assertThat(programme.get("months").get(0).get("engagement").get("child").toString()).isEqualTo(NONE);
    }

    @Test
    void malformed_parameters_and_a_range_ending_before_it_starts_are_refused_with_400_problem_json() {
        Scenario scenario = new Scenario(http);

        for (String query : new String[] {"from=2018-05&to=2018-04", "from=2018-5&to=2018-06", "to=2018-05",
                "from=2018-05", "from=2018-05&to=2018-05&asAt=2018-06-31", "from=2018-05&to=2018-05&knownAt=now",
                "from=2018-05&to=2018-05&minPosition=latest"}) {
            ResponseEntity<JsonNode> refused = scenario.get("/api/programme?" + query);
            assertThat(refused.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getHeaders().getContentType()).as(query).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(http.withBasicAuth("integrator", "demo").getForEntity("/api/programme?from=2018-05&to=2018-05",
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static JsonNode may(Scenario scenario, String asAt) {
        return scenario.read("/api/programme?from=2018-05&to=2018-05&asAt=" + asAt).get("months").get(0);
    }

    private static String counts(JsonNode month) {
        return month.get("month").asText() + " | scheduled " + month.get("scheduled").asInt()
                + " | within timescale " + month.get("completedWithinTimescale").asInt()
                + " | late " + month.get("late").asInt()
                + " | inadmissible " + month.get("inadmissible").asInt()
                + " | analysed " + month.get("analysed").asInt();
    }
}
