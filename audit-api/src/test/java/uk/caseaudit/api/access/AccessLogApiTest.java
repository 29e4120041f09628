package uk.caseaudit.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.caseaudit.support.IntegrationTest;
import uk.caseaudit.support.Scenario;

/**
 * Every read of a child's records (an audit, a case of concern, an action, their histories, a child's actions) is
 * written to the access log with who, when, what and whose; the QA lead and the Improvement Director can query it.
 */
class AccessLogApiTest extends IntegrationTest {

    private String child;
    private String auditId;
    private String caseId;
    private String actionId;

    @BeforeEach
    void aChildWithAnAuditACaseOfConcernAndAnAction() {
        child = "A" + System.nanoTime() % 10_000_000;
        Scenario scenario = new Scenario(http, "Glos Safeg Tm 1");
        auditId = scenario.scheduleAndJudgeAnAudit(child, "2018-05", "INADEQUATE");
        caseId = scenario.raiseACaseOfConcern(auditId, "CATEGORY_2", null, "2018-05-21");
        actionId = scenario.agreeAnAction(auditId, "TM", "2018-06-30", "2018-05-21");
    }

    @Test
    void every_read_of_a_childs_record_is_logged_with_who_what_and_whose() {
        long position = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        List<String> reads = List.of(
                "/api/audits/" + auditId + "?minPosition=" + position,
                "/api/audits/" + auditId + "/history",
                "/api/cases-of-concern/" + caseId + "?minPosition=" + position,
                "/api/cases-of-concern/" + caseId + "/history",
                "/api/actions/" + actionId + "?minPosition=" + position,
                "/api/actions/" + actionId + "/history",
                "/api/actions?childReference=" + child);
        for (String read : reads) {
            assertThat(as("head-of-service").getForEntity(read, JsonNode.class).getStatusCode()).as(read)
                    .isEqualTo(HttpStatus.OK);
        }

        JsonNode log = get("qa-lead", "/api/access-log?childReference=" + child);

        assertThat(log.get("total").asLong()).isEqualTo(7);
        List<List<String>> entries = new ArrayList<>();
        for (JsonNode entry : log.get("entries")) {
            entries.add(List.of(entry.get("user").asText(), entry.get("role").asText(),
                    entry.get("recordKind").asText(), entry.path("recordId").asText("-"),
                    entry.get("childReference").asText()));
            assertThat(LocalDate.ofInstant(java.time.Instant.parse(entry.get("accessedAt").asText()),
                    ZoneId.of("Europe/London"))).isEqualTo(LocalDate.now(ZoneId.of("Europe/London")));
        }
        // Newest first.
        assertThat(entries).containsExactly(
                List.of("head-of-service", "HEAD_OF_SERVICE", "CHILD_ACTIONS", "-", child),
                List.of("head-of-service", "HEAD_OF_SERVICE", "ACTION_HISTORY", actionId, child),
                List.of("head-of-service", "HEAD_OF_SERVICE", "ACTION", actionId, child),
                List.of("head-of-service", "HEAD_OF_SERVICE", "CASE_OF_CONCERN_HISTORY", caseId, child),
                List.of("head-of-service", "HEAD_OF_SERVICE", "CASE_OF_CONCERN", caseId, child),
                List.of("head-of-service", "HEAD_OF_SERVICE", "AUDIT_HISTORY", auditId, child),
                List.of("head-of-service", "HEAD_OF_SERVICE", "AUDIT", auditId, child));
    }

    @Test
    void the_log_is_filtered_by_user_record_and_day_and_reads_that_found_nothing_are_not_logged() {
        long position = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        as("moderator").getForEntity("/api/audits/" + auditId + "?minPosition=" + position, JsonNode.class);
        as("team-manager").getForEntity("/api/actions/" + actionId + "/history", JsonNode.class);
        assertThat(as("moderator").getForEntity("/api/audits/no-such-audit", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("moderator").getForEntity("/api/audits/" + auditId + "?asAt=2018-04-30", JsonNode.class)
                .getStatusCode()).as("not scheduled by then").isEqualTo(HttpStatus.NOT_FOUND);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        JsonNode byModerator = get("improvement-director", "/api/access-log?user=moderator&childReference=" + child);
        JsonNode byRecord = get("improvement-director", "/api/access-log?recordId=" + actionId);
        JsonNode yesterday = get("qa-lead", "/api/access-log?childReference=" + child + "&to=" + today.minusDays(1));
        JsonNode todayOnly = get("qa-lead", "/api/access-log?childReference=" + child + "&from=" + today + "&to=" + today);

        assertThat(byModerator.get("total").asLong()).isEqualTo(1);
        assertThat(byModerator.get("entries").get(0).get("recordKind").asText()).isEqualTo("AUDIT");
        assertThat(byRecord.get("total").asLong()).isEqualTo(1);
        assertThat(byRecord.get("entries").get(0).get("user").asText()).isEqualTo("team-manager");
        assertThat(yesterday.get("total").asLong()).isZero();
        assertThat(todayOnly.get("total").asLong()).isEqualTo(2);
    }

    @Test
    void only_the_qa_lead_and_the_improvement_director_may_read_the_log_and_reading_it_is_not_logged() {
        for (String user : List.of("auditor", "moderator", "team-manager", "head-of-service", "integrator")) {
            ResponseEntity<JsonNode> refused = as(user).getForEntity("/api/access-log", JsonNode.class);
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.getForEntity("/api/access-log", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM record_access", Long.class);
        get("qa-lead", "/api/access-log?childReference=" + child);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM record_access", Long.class)).isEqualTo(before);
        ResponseEntity<JsonNode> backwards = as("qa-lead").getForEntity("/api/access-log?from=2018-06-02&to=2018-06-01",
                JsonNode.class);
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private JsonNode get(String user, String path) {
        ResponseEntity<JsonNode> answer = as(user).getForEntity(path, JsonNode.class);
        assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }
}
