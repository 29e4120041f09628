package uk.caseaudit.api.audits;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseaudit.support.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Audits of one team of their own, made over HTTP by the roles the README's role table gives each step, with
 * explicit effective days; and reads of the audits read models for that team, waiting for the last command's
 * position (no sleeps).
 */
public final class AuditScenario {

    private static final AtomicLong CHILDREN = new AtomicLong();

    private final TestRestTemplate http;
    private final String team = "Team " + UUID.randomUUID();
    private long lastPosition;

    public AuditScenario(TestRestTemplate http) {
        this.http = http;
    }

    /** The team every audit of this scenario belongs to (and every read filters by). */
    public String team() {
        return team;
    }

    /** The event-stream position of the last command. */
    public long lastPosition() {
        return lastPosition;
    }

    /** Schedules a Safeguarding case-file audit; answers its id. */
    public String schedule(String month, String scheduledOn, String dueDate) {
        return schedule(month, scheduledOn, dueDate, "Safeguarding", "CASE_FILE");
    }

    public String schedule(String month, String scheduledOn, String dueDate, String serviceArea, String auditType) {
        JsonNode scheduled = send("qa-lead", "/api/audits", """
                {"auditMonth":"%s","childReference":"C%d","team":"%s","serviceArea":"%s","auditType":"%s",
                 "auditor":"J Smith","dueDate":"%s","effectiveOn":"%s"}"""
                .formatted(month, CHILDREN.incrementAndGet(), team, serviceArea, auditType, dueDate, scheduledOn),
                HttpStatus.CREATED);
        return scheduled.get("auditId").asText();
    }

    /** Submits an OVERALL grade with every party engaged. */
    public void submit(String auditId, String submittedOn, String overall) {
        submit(auditId, submittedOn, Map.of("OVERALL", overall), Engagement.ALL_ENGAGED);
    }

    public void submit(String auditId, String submittedOn, Map<String, String> grades, Engagement engagement) {
        send("auditor", "/api/audits/" + auditId + "/judgements", """
                {"grades":%s,"engagement":{"socialWorker":"%s","teamManager":"%s","child":"%s","parent":"%s"},
                 "summary":"Audit summary.","effectiveOn":"%s"}"""
                .formatted(object(grades), engagement.socialWorker(), engagement.teamManager(), engagement.child(),
                        engagement.parent(), submittedOn), HttpStatus.OK);
    }

    public void moderate(String auditId, String moderatedOn, Map<String, String> grades) {
        send("moderator", "/api/audits/" + auditId + "/moderations",
                "{\"grades\":%s,\"rationale\":\"Moderated.\",\"effectiveOn\":\"%s\"}".formatted(object(grades),
                        moderatedOn), HttpStatus.OK);
    }

    public void declareInadmissible(String auditId, String declaredOn) {
        send("qa-lead", "/api/audits/" + auditId + "/inadmissibility",
                "{\"reason\":\"The file was closed before the audit.\",\"effectiveOn\":\"%s\"}".formatted(declaredOn),
                HttpStatus.OK);
    }

    /**
     * GETs {@code pathAndQuery} (any query parameters written out in it) for this team, as a reader, once the read
     * models have processed the last command.
     */
    public ResponseEntity<JsonNode> get(String pathAndQuery) {
        String url = pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "team={team}&minPosition={position}";
        return http.withBasicAuth("improvement-director", "demo").getForEntity(url, JsonNode.class, team,
                lastPosition);
    }

    /** The body of a successful {@link #get}. */
    public JsonNode read(String pathAndQuery) {
        ResponseEntity<JsonNode> response = get(pathAndQuery);
        assertThat(response.getStatusCode()).as("GET %s", pathAndQuery).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private JsonNode send(String user, String path, String body, HttpStatus expected) {
        ResponseEntity<JsonNode> response = http.withBasicAuth(user, "demo").postForEntity(path, json(body),
                JsonNode.class);
        assertThat(response.getStatusCode()).as("POST %s %s", path, response.getBody()).isEqualTo(expected);
        lastPosition = response.getBody().get("position").asLong();
        return response.getBody();
    }

    private static String object(Map<String, String> grades) {
        return grades.entrySet().stream().map(grade -> "\"%s\":\"%s\"".formatted(grade.getKey(), grade.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** The engagement of the social worker, the team manager, the child and the parent. */
    public record Engagement(String socialWorker, String teamManager, String child, String parent) {

        public static final Engagement ALL_ENGAGED = new Engagement("ENGAGED", "ENGAGED", "ENGAGED", "ENGAGED");
    }
}
