package uk.caseaudit.api.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseaudit.support.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.caseaudit.support.IntegrationTest;

/** One audit taken through its whole life over HTTP, each step by the role the README's role table gives it. */
class AuditLifecycleApiTest extends IntegrationTest {

    @Autowired
    ObjectMapper json;

    @Test
    void every_step_is_stored_with_its_actor_correlation_and_causation() throws Exception {
        String child = "L" + System.nanoTime() % 10_000_000;
        String auditId = scheduledAndJudged(child, "INADEQUATE");

        ResponseEntity<JsonNode> moderated = post("moderator", "/api/audits/" + auditId + "/moderations", """
                {"grades":{"OVERALL":"INADEQUATE","SAFETY":"INADEQUATE"},"rationale":"Agreed: no risk assessment.",
                 "effectiveOn":"2018-05-25"}""");
        assertThat(moderated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(moderated.getBody().get("version").asLong()).isEqualTo(2);

        ResponseEntity<JsonNode> raised = post("head-of-service", "/api/cases-of-concern", """
                {"auditId":"%s","childReference":"%s","category":"CATEGORY_1","concerns":"Risk not assessed.",
                 "worker":"SW 014","effectiveOn":"2018-05-26"}""".formatted(auditId, child));
        assertThat(raised.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseId = raised.getBody().get("caseOfConcernId").asText();
        assertThat(raised.getBody().get("version").asLong()).isZero();
        assertThat(raised.getHeaders().getLocation()).hasToString("/api/cases-of-concern/" + caseId);

        assertThat(post("head-of-service", "/api/cases-of-concern/" + caseId + "/reviews",
                "{\"assurance\":\"Child seen; plan updated.\",\"effectiveOn\":\"2018-05-27\"}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> closed = post("improvement-director", "/api/cases-of-concern/" + caseId + "/closure",
                "{\"rationale\":\"Assurance accepted.\",\"effectiveOn\":\"2018-05-28\"}");
        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(closed.getBody().get("version").asLong()).isEqualTo(2);

        ResponseEntity<JsonNode> agreed = post("auditor", "/api/audits/" + auditId + "/actions", """
                {"description":"Complete a risk assessment","owner":"TM Chelt Assess","team":"Chelt Assess",
                 "dueDate":"2018-06-15","focus":"IMPACT","effectiveOn":"2018-05-26"}""");
        assertThat(agreed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String actionId = agreed.getBody().get("actionId").asText();
        ResponseEntity<JsonNode> completed = post("team-manager", "/api/actions/" + actionId + "/completion",
                "{\"note\":\"Done.\",\"effectiveOn\":\"2018-06-20\"}");
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(actorsOf(auditId)).containsExactly(
                List.of("AuditScheduled", "qa-lead", "QA_LEAD"),
                List.of("JudgementsSubmitted", "auditor", "AUDITOR"),
                List.of("JudgementModerated", "moderator", "MODERATOR"));
        assertThat(actorsOf(caseId)).containsExactly(
                List.of("CaseOfConcernRaised", "head-of-service", "HEAD_OF_SERVICE"),
                List.of("CaseReviewRecorded", "head-of-service", "HEAD_OF_SERVICE"),
                List.of("CaseOfConcernClosed", "improvement-director", "IMPROVEMENT_DIRECTOR"));
        assertThat(actorsOf(actionId)).containsExactly(
                List.of("AuditActionAgreed", "auditor", "AUDITOR"),
                List.of("AuditActionCompleted", "team-manager", "TEAM_MANAGER"));
        for (String aggregate : List.of(auditId, caseId, actionId)) {
            for (Map<String, Object> metadata : metadataOf(aggregate)) {
                assertThat(metadata).containsKeys("correlationId", "causationId");
            }
        }
        String completion = jdbc.queryForObject("SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "AND sequenceNumber = 1", (row, n) -> new String(row.getBytes(1)), actionId);
        assertThat(json.readTree(completion).get("late").asBoolean()).isTrue();
        assertThat(json.readTree(completion).get("completedOn").asText()).isEqualTo("2018-06-20");
    }

    @Test
    void a_refused_step_answers_422_naming_the_rule_and_stores_nothing() {
        String auditId = scheduledAndJudged("R" + System.nanoTime() % 10_000_000, "REQUIRES_IMPROVEMENT");
        long before = eventCount();

        ResponseEntity<JsonNode> refused = post("head-of-service", "/api/cases-of-concern", """
                {"auditId":"%s","childReference":"%s","category":"CATEGORY_2","concerns":"Plan weak."}"""
                .formatted(auditId, "anything"));
        ResponseEntity<JsonNode> moderationOfUngradedArea = post("moderator", "/api/audits/" + auditId + "/moderations",
                "{\"grades\":{\"VOICE\":\"GOOD\"},\"rationale\":\"Voice is good.\"}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("rule").asText()).isEqualTo("CHILD_REFERENCE_MISMATCH");
        assertThat(refused.getBody().toString()).doesNotContain("anything");
        assertThat(moderationOfUngradedArea.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(moderationOfUngradedArea.getBody().get("rule").asText()).isEqualTo("GRADE_NOT_SUBMITTED");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_stale_if_match_answers_412_and_a_current_one_is_accepted() {
        String auditId = scheduledAndJudged("S" + System.nanoTime() % 10_000_000, "GOOD");
        long before = eventCount();
        String moderation = "{\"grades\":{\"OVERALL\":\"GOOD\"},\"rationale\":\"Agreed.\"}";

        ResponseEntity<JsonNode> stale = as("moderator").postForEntity("/api/audits/" + auditId + "/moderations",
                json(moderation, "\"0\""), JsonNode.class);
        ResponseEntity<JsonNode> malformed = as("moderator").postForEntity("/api/audits/" + auditId + "/moderations",
                json(moderation, "yesterday"), JsonNode.class);

        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(eventCount()).isEqualTo(before);
        ResponseEntity<JsonNode> current = as("moderator").postForEntity("/api/audits/" + auditId + "/moderations",
                json(moderation, "\"1\""), JsonNode.class);
        assertThat(current.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(current.getHeaders().getETag()).isEqualTo("\"2\"");
    }

    @Test
    void commands_on_unknown_records_answer_404() {
        assertThat(post("improvement-director", "/api/cases-of-concern/no-such-case/closure",
                "{\"rationale\":\"x\"}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("team-manager", "/api/actions/no-such-action/completion", "{\"note\":\"x\"}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("auditor", "/api/audits/no-such-audit/judgements", """
                {"grades":{"OVERALL":"GOOD"},"engagement":{"socialWorker":"ENGAGED","teamManager":"ENGAGED",
                 "child":"ENGAGED","parent":"ENGAGED"},"summary":"x"}""").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void each_command_is_for_its_role_only() {
        String auditId = scheduledAndJudged("P" + System.nanoTime() % 10_000_000, "INADEQUATE");

        assertThat(post("auditor", "/api/audits/" + auditId + "/moderations",
                "{\"grades\":{\"OVERALL\":\"GOOD\"},\"rationale\":\"x\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("head-of-service", "/api/cases-of-concern/any/closure", "{\"rationale\":\"x\"}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("qa-lead", "/api/actions/any/completion", "{\"note\":\"x\"}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private String scheduledAndJudged(String child, String overall) {
        ResponseEntity<JsonNode> scheduled = post("qa-lead", "/api/audits", """
                {"auditMonth":"2018-05","childReference":"%s","team":"Chelt Assess","serviceArea":"Safeguarding",
                 "auditType":"CASE_FILE","auditor":"J Smith","dueDate":"2018-05-25","effectiveOn":"2018-05-01"}"""
                .formatted(child));
        String auditId = scheduled.getBody().get("auditId").asText();
        ResponseEntity<JsonNode> judged = post("auditor", "/api/audits/" + auditId + "/judgements", """
                {"grades":{"OVERALL":"%s","SAFETY":"%s"},
                 "engagement":{"socialWorker":"ENGAGED","teamManager":"ATTEMPTED","child":"NOT_APPROPRIATE","parent":"ENGAGED"},
                 "summary":"Audit summary.","effectiveOn":"2018-05-20"}""".formatted(overall, overall));
        assertThat(judged.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(judged.getBody().get("version").asLong()).isEqualTo(1);
        return auditId;
    }

    private ResponseEntity<JsonNode> post(String user, String path, String body) {
        return as(user).postForEntity(path, json(body), JsonNode.class);
    }

    private List<List<String>> actorsOf(String aggregateId) {
        return jdbc.query("SELECT payloadType, metaData FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "ORDER BY sequenceNumber", (row, n) -> {
            Map<String, Object> metadata = read(row.getBytes(2));
            String type = row.getString(1);
            return List.of(type.substring(type.lastIndexOf('.') + 1), (String) metadata.get("actorUser"),
                    (String) metadata.get("actorRole"));
        }, aggregateId);
    }

    private List<Map<String, Object>> metadataOf(String aggregateId) {
        return jdbc.query("SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = ? ORDER BY sequenceNumber",
                (row, n) -> read(row.getBytes(1)), aggregateId);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(byte[] metadata) {
        try {
            return json.readValue(metadata, Map.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
