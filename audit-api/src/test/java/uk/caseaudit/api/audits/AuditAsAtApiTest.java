package uk.caseaudit.api.audits;

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

/** One audit and the audits list, as at a day and as known at an instant. */
class AuditAsAtApiTest extends IntegrationTest {

    @Test
    void an_audit_as_at_a_day_shows_only_what_had_taken_effect_by_then_with_that_version_as_etag() {
        Scenario scenario = new Scenario(http);
        String auditId = scenario.schedule("2018-05", "2018-05-01", "2018-05-25");
        scenario.submit(auditId, "2018-05-20", Map.of("OVERALL", "REQUIRES_IMPROVEMENT", "SAFETY", "GOOD"),
                new Engagement("ENGAGED", "ATTEMPTED", "NOT_APPROPRIATE", "NOT_RECORDED"));
        scenario.moderate(auditId, "2018-05-28", Map.of("OVERALL", "INADEQUATE"));

        ResponseEntity<JsonNode> scheduled = scenario.get("/api/audits/" + auditId + "?asAt=2018-05-19");
        ResponseEntity<JsonNode> submitted = scenario.get("/api/audits/" + auditId + "?asAt=2018-05-20");
        ResponseEntity<JsonNode> now = scenario.get("/api/audits/" + auditId);

        assertThat(scheduled.getHeaders().getETag()).isEqualTo("\"0\"");
        JsonNode before = scheduled.getBody();
        assertThat(before.get("status").asText()).isEqualTo("SCHEDULED");
        assertThat(before.get("submittedOn").isNull()).isTrue();
        assertThat(before.get("withinTimescale").isNull()).isTrue();
        assertThat(before.get("engagement").isNull()).isTrue();
        assertThat(before.get("grades").size()).isZero();
        assertThat(before.get("version").asLong()).isZero();

        assertThat(submitted.getHeaders().getETag()).isEqualTo("\"1\"");
        JsonNode judged = submitted.getBody();
        assertThat(judged.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(judged.get("submittedOn").asText()).isEqualTo("2018-05-20");
        assertThat(judged.get("withinTimescale").asBoolean()).isTrue();
        assertThat(judged.get("grades").toString()).isEqualTo(
                "{\"OVERALL\":{\"auditor\":\"REQUIRES_IMPROVEMENT\",\"moderated\":null},"
                        + "\"SAFETY\":{\"auditor\":\"GOOD\",\"moderated\":null}}");
        assertThat(judged.get("engagement").toString()).isEqualTo("{\"socialWorker\":\"ENGAGED\","
                + "\"teamManager\":\"ATTEMPTED\",\"child\":\"NOT_APPROPRIATE\",\"parent\":\"NOT_RECORDED\"}");
        assertThat(judged.get("moderationRevisions").asInt()).isZero();

        assertThat(now.getHeaders().getETag()).isEqualTo("\"2\"");
        JsonNode moderated = now.getBody();
        assertThat(moderated.get("status").asText()).isEqualTo("MODERATED");
        assertThat(moderated.get("grades").toString()).isEqualTo(
                "{\"OVERALL\":{\"auditor\":\"REQUIRES_IMPROVEMENT\",\"moderated\":\"INADEQUATE\"},"
                        + "\"SAFETY\":{\"auditor\":\"GOOD\",\"moderated\":null}}");
        assertThat(moderated.get("moderationRevisions").asInt()).isEqualTo(1);
        assertThat(moderated.get("inadmissible").asBoolean()).isFalse();
        assertThat(moderated.get("team").asText()).isEqualTo(scenario.team());
        assertThat(moderated.get("auditMonth").asText()).isEqualTo("2018-05");
        assertThat(moderated.get("scheduledOn").asText()).isEqualTo("2018-05-01");
    }

    @Test
    void an_audit_not_yet_scheduled_on_the_day_asked_is_404_as_problem_json() {
        Scenario scenario = new Scenario(http);
        String auditId = scenario.schedule("2018-05", "2018-05-01", "2018-05-25");

        ResponseEntity<JsonNode> missing = scenario.get("/api/audits/" + auditId + "?asAt=2018-04-30");

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(scenario.get("/api/audits/" + auditId + "?asAt=2018-05-01").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void an_inadmissible_audit_shows_the_day_and_reason_of_its_declaration_from_that_day_on() {
        Scenario scenario = new Scenario(http);
        String auditId = scenario.scheduleAndJudgeAnAudit("2018-05", "GOOD");
        scenario.declareInadmissible(auditId, "2018-05-22");

        JsonNode before = scenario.read("/api/audits/" + auditId + "?asAt=2018-05-21");
        JsonNode after = scenario.read("/api/audits/" + auditId + "?asAt=2018-05-22");

        assertThat(before.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(before.get("inadmissible").asBoolean()).isFalse();
        assertThat(before.get("declaredOn").isNull()).isTrue();
        assertThat(after.get("status").asText()).isEqualTo("INADMISSIBLE");
        assertThat(after.get("inadmissible").asBoolean()).isTrue();
        assertThat(after.get("declaredOn").asText()).isEqualTo("2018-05-22");
        assertThat(after.get("inadmissibilityReason").asText()).isEqualTo("The file was closed before the audit.");
        assertThat(after.get("grades").get("OVERALL").get("auditor").asText()).isEqualTo("GOOD");
        assertThat(after.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void the_list_filters_by_the_status_each_audit_had_on_the_day_asked_and_counts_only_audits_scheduled_by_then() {
        Scenario scenario = new Scenario(http);
        String first = scenario.schedule("2018-05", "2018-05-01", "2018-05-25");
        scenario.schedule("2018-05", "2018-05-10", "2018-05-25");
        scenario.submit(first, "2018-05-20", "GOOD");

        assertThat(total(scenario, "?asAt=2018-05-05")).isEqualTo(1);
        assertThat(total(scenario, "?asAt=2018-05-19&status=SCHEDULED")).isEqualTo(2);
        assertThat(total(scenario, "?asAt=2018-05-19&status=SUBMITTED")).isZero();
        assertThat(total(scenario, "?asAt=2018-05-20&status=SCHEDULED")).isEqualTo(1);
        JsonNode submitted = scenario.read("/api/audits?asAt=2018-05-20&status=SUBMITTED");
        assertThat(submitted.get("total").asLong()).isEqualTo(1);
        assertThat(submitted.get("audits").get(0).get("auditId").asText()).isEqualTo(first);
        assertThat(submitted.get("audits").get(0).get("grades").get("OVERALL").get("auditor").asText())
                .isEqualTo("GOOD");
        assertThat(total(scenario, "?month=2018-05&serviceArea=Safeguarding")).isEqualTo(2);
        assertThat(total(scenario, "?month=2018-06")).isZero();
        assertThat(total(scenario, "?serviceArea=CwD")).isZero();
    }

    @Test
    void the_list_pages_through_every_match_in_month_team_and_id_order_and_says_the_total() {
        Scenario scenario = new Scenario(http);
        String april = scenario.schedule("2018-04", "2018-04-01", "2018-04-25");
        String may = scenario.schedule("2018-05", "2018-04-01", "2018-05-25");

        JsonNode first = scenario.read("/api/audits?size=1&page=0");
        JsonNode second = scenario.read("/api/audits?size=1&page=1");

        assertThat(first.get("total").asLong()).isEqualTo(2);
        assertThat(first.get("audits").get(0).get("auditId").asText()).isEqualTo(april);
        assertThat(second.get("audits").get(0).get("auditId").asText()).isEqualTo(may);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("size").asInt()).isEqualTo(1);
    }

    @Test
    void known_at_an_instant_before_a_back_dated_moderation_was_recorded_the_audit_reads_as_it_did_then() {
        Scenario scenario = new Scenario(http);
        String auditId = scenario.scheduleAndJudgeAnAudit("2018-05", "REQUIRES_IMPROVEMENT");
        JsonNode printed = scenario.read("/api/audits/" + auditId + "?asAt=2018-06-30");
        Instant printedAt = Instant.now();

        scenario.moderate(auditId, "2018-05-28", Map.of("OVERALL", "INADEQUATE"));

        JsonNode reprinted = scenario.read("/api/audits/" + auditId + "?asAt=2018-06-30&knownAt=" + printedAt);
        JsonNode now = scenario.read("/api/audits/" + auditId + "?asAt=2018-06-30");
        assertThat(reprinted).isEqualTo(printed);
        assertThat(now.get("grades").get("OVERALL").get("moderated").asText()).isEqualTo("INADEQUATE");
        assertThat(total(scenario, "?status=MODERATED&asAt=2018-06-30&knownAt=" + printedAt)).isZero();
        assertThat(total(scenario, "?status=MODERATED&asAt=2018-06-30")).isEqualTo(1);
    }

    @Test
    void malformed_read_parameters_are_refused_with_400_problem_json() {
        Scenario scenario = new Scenario(http);

        for (String query : new String[] {"/api/audits?asAt=31/05/2018", "/api/audits?knownAt=yesterday",
                "/api/audits?status=FINISHED", "/api/audits?month=2018-13", "/api/audits?minPosition=last",
                "/api/audits/any?asAt=2018-02-30", "/api/audits?size=0"}) {
            ResponseEntity<JsonNode> refused = scenario.get(query);
            assertThat(refused.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getHeaders().getContentType()).as(query).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    private static long total(Scenario scenario, String query) {
        return scenario.read("/api/audits" + query).get("total").asLong();
    }
}
