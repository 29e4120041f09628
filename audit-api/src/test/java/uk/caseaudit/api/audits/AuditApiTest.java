package uk.caseaudit.api.audits;

import static uk.caseaudit.support.Requests.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.caseaudit.support.IntegrationTest;

class AuditApiTest extends IntegrationTest {

    private static final String VALID = """
            {"auditMonth":"2018-05","childReference":"5067991","team":"Chelt Assess","serviceArea":"Safeguarding",
             "auditType":"CASE_FILE","auditor":"J Smith","dueDate":"2018-05-25","effectiveOn":"2018-05-01"}""";

    @Test
    void scheduling_answers_201_with_id_version_and_position_and_the_audit_can_be_read() {
        long before = eventCount();

        ResponseEntity<JsonNode> created = post(VALID);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = created.getBody();
        String auditId = body.get("auditId").asText();
        assertThat(body.get("id").asText()).isEqualTo(auditId);
        assertThat(body.get("version").asLong()).isZero();
        assertThat(body.get("position").asLong()).isGreaterThan(0);
        assertThat(created.getHeaders().getLocation()).hasToString("/api/audits/" + auditId);
        assertThat(created.getHeaders().getETag()).isEqualTo("\"0\"");
        assertThat(eventCount()).isEqualTo(before + 1);
        Long position = jdbc.queryForObject("SELECT globalIndex FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                Long.class, auditId);
        assertThat(body.get("position").asLong()).isEqualTo(position);

        JsonNode audit = await().atMost(Duration.ofSeconds(10)).until(
                () -> as("auditor").getForEntity("/api/audits/" + auditId, JsonNode.class),
                response -> response.getStatusCode() == HttpStatus.OK).getBody();
        assertThat(audit.get("auditMonth").asText()).isEqualTo("2018-05");
        assertThat(audit.get("childReference").asText()).isEqualTo("5067991");
        assertThat(audit.get("team").asText()).isEqualTo("Chelt Assess");
        assertThat(audit.get("auditType").asText()).isEqualTo("CASE_FILE");
        assertThat(audit.get("dueDate").asText()).isEqualTo("2018-05-25");
        assertThat(audit.get("scheduledOn").asText()).isEqualTo("2018-05-01");
        assertThat(audit.get("status").asText()).isEqualTo("SCHEDULED");
    }

    @Test
    void the_event_carries_the_actor_and_correlation_in_its_metadata() {
        String auditId = post(VALID).getBody().get("auditId").asText();

        String metadata = jdbc.queryForObject(
                "SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = ?", (row, n) -> new String(row.getBytes(1)),
                auditId);

        assertThat(metadata).contains("\"actorUser\":\"qa-lead\"", "\"actorRole\":\"QA_LEAD\"",
                "\"correlationId\":", "\"causationId\":");
    }

    @Test
    void the_list_filters_by_team_and_says_the_total() {
        String team = "Team " + System.nanoTime();
        post(VALID.replace("Chelt Assess", team));
        post(VALID.replace("Chelt Assess", team));

        JsonNode page = await().atMost(Duration.ofSeconds(10)).until(
                () -> as("head-of-service").getForObject("/api/audits?team={team}&size=1", JsonNode.class, team),
                body -> body.get("total").asLong() == 2);

        assertThat(page.get("audits")).hasSize(1);
        assertThat(page.get("audits").get(0).get("team").asText()).isEqualTo(team);
    }

    @Test
    void a_future_effective_date_is_refused_with_422_naming_the_rule_and_nothing_is_stored() {
        long before = eventCount();

        ResponseEntity<JsonNode> refused = post(VALID.replace("\"effectiveOn\":\"2018-05-01\"", "\"effectiveOn\":\"2999-01-01\""));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().get("rule").asText()).isEqualTo("EFFECTIVE_DATE_IN_FUTURE");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void missing_fields_are_refused_with_400_listing_every_field_and_nothing_is_stored() {
        long before = eventCount();

        ResponseEntity<JsonNode> refused = post("{\"team\":\"\"}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "auditMonth", "childReference", "team", "serviceArea", "auditType", "auditor", "dueDate");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void malformed_json_and_unknown_enum_values_are_refused_with_400() {
        long before = eventCount();

        assertThat(post("{\"auditMonth\":").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post(VALID.replace("CASE_FILE", "SOMETHING")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post(VALID.replace("2018-05-25", "25/05/2018")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void an_unknown_audit_is_404_as_problem_json() {
        ResponseEntity<JsonNode> missing = as("qa-lead").getForEntity("/api/audits/no-such-audit", JsonNode.class);

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void scheduling_needs_an_authenticated_qa_lead() {
        long before = eventCount();

        assertThat(http.postForEntity("/api/audits", json(VALID), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("auditor").postForEntity("/api/audits", json(VALID), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(eventCount()).isEqualTo(before);
    }

    private ResponseEntity<JsonNode> post(String body) {
        return as("qa-lead").postForEntity("/api/audits", json(body), JsonNode.class);
    }
}
