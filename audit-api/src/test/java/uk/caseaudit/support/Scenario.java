package uk.caseaudit.support;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseaudit.support.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The steps of the domain for one team of its own, made over HTTP by the roles the README's role table gives each
 * step, with explicit effective days; and reads for that team, waiting for the last command's position (no sleeps).
 * Each step asserts that it succeeded, so a test states only what it proves.
 */
public final class Scenario {

    private static final AtomicLong CHILDREN = new AtomicLong();

    private final TestRestTemplate http;
    private final String team;
    private final Map<String, String> childOfAudit;
    private final AtomicLong lastPosition;

    /** A scenario in a team of its own, named at random. */
    public Scenario(TestRestTemplate http) {
        this(http, "Team " + UUID.randomUUID());
    }

    public Scenario(TestRestTemplate http, String team) {
        this(http, team, new ConcurrentHashMap<>(), new AtomicLong());
    }

    private Scenario(TestRestTemplate http, String team, Map<String, String> childOfAudit, AtomicLong lastPosition) {
        this.http = http;
        this.team = team;
        this.childOfAudit = childOfAudit;
        this.lastPosition = lastPosition;
    }

    /** The same scenario in another team: its commands count towards the same last position. */
    public Scenario inTeam(String otherTeam) {
        return new Scenario(http, otherTeam, childOfAudit, lastPosition);
    }

    /** The team every audit of this scenario belongs to (and every read filters by). */
    public String team() {
        return team;
    }

    /** The highest event-stream position of the commands sent so far. */
    public long lastPosition() {
        return lastPosition.get();
    }

    /** A child reference no other scenario uses. */
    public static String aChild() {
        return "C" + CHILDREN.incrementAndGet();
    }

    /** Schedules a Safeguarding case-file audit of a new child; answers its id. */
    public String schedule(String month, String scheduledOn, String dueDate) {
        return schedule(month, scheduledOn, dueDate, "Safeguarding", "CASE_FILE");
    }

    public String schedule(String month, String scheduledOn, String dueDate, String serviceArea, String auditType) {
        return schedule(aChild(), month, scheduledOn, dueDate, serviceArea, auditType);
    }

    /** Schedules a Safeguarding case-file audit of this child; answers its id. */
    public String schedule(String child, String month, String scheduledOn, String dueDate) {
        return schedule(child, month, scheduledOn, dueDate, "Safeguarding", "CASE_FILE");
    }

    private String schedule(String child, String month, String scheduledOn, String dueDate, String serviceArea,
            String auditType) {
        JsonNode scheduled = send("qa-lead", "/api/audits", """
                {"auditMonth":"%s","childReference":"%s","team":"%s","serviceArea":"%s","auditType":"%s",
                 "auditor":"J Smith","dueDate":"%s","effectiveOn":"%s"}"""
                .formatted(month, child, team, serviceArea, auditType, dueDate, scheduledOn), HttpStatus.CREATED);
        String auditId = scheduled.get("auditId").asText();
        childOfAudit.put(auditId, child);
        return auditId;
    }

    /** Submits an OVERALL grade with every party engaged. */
    public void submit(String auditId, String submittedOn, String overall) {
        submit(auditId, submittedOn, Map.of("OVERALL", overall), Engagement.ALL_ENGAGED);
    }

    public void submit(String auditId, String submittedOn, Map<String, String> grades, Engagement engagement) {
        send("auditor", "/api/audits/" + auditId + "/judgements", """
                {"grades":%s,"engagement":{"socialWorker":"%s","teamManager":"%s","child":"%s","parent":"%s"},
                 "summary":"Summary.","effectiveOn":"%s"}"""
                .formatted(object(grades), engagement.socialWorker(), engagement.teamManager(), engagement.child(),
                        engagement.parent(), submittedOn), HttpStatus.OK);
    }

    /**
     * Schedules an audit of a new child for the month (on its 1st, due on its 25th) and submits its OVERALL grade
     * on the 20th with every party engaged; answers its id.
     */
    public String scheduleAndJudgeAnAudit(String month, String overall) {
        return scheduleAndJudgeAnAudit(aChild(), month, overall);
    }

    /** The same for this child. */
    public String scheduleAndJudgeAnAudit(String child, String month, String overall) {
        String auditId = schedule(child, month, month + "-01", month + "-25");
        submit(auditId, month + "-20", overall);
        return auditId;
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

    /** Agrees an IMPACT action "Update the plan" for the audit, in this team; answers its id. */
    public String agreeAnAction(String auditId, String owner, String dueDate, String agreedOn) {
        return send("auditor", "/api/audits/" + auditId + "/actions", """
                {"description":"Update the plan","owner":"%s","team":"%s","dueDate":"%s","focus":"IMPACT",
                 "effectiveOn":"%s"}""".formatted(owner, team, dueDate, agreedOn)).get("actionId").asText();
    }

    /**
     * Raises a case of concern ("Risk not assessed.") from an audit this scenario scheduled, naming the worker
     * unless it is null; answers its id.
     */
    public String raiseACaseOfConcern(String auditId, String category, String worker, String raisedOn) {
        String workerField = worker == null ? "" : ",\"worker\":\"" + worker + "\"";
        return send("head-of-service", "/api/cases-of-concern", """
                {"auditId":"%s","childReference":"%s","category":"%s","concerns":"Risk not assessed."%s,
                 "effectiveOn":"%s"}""".formatted(auditId, childOfAudit.get(auditId), category, workerField,
                raisedOn)).get("caseOfConcernId").asText();
    }

    /**
     * Schedules an audit of a new child in the month of {@code raisedOn}, scheduled, due and judged INADEQUATE that
     * day, and raises a case of concern from it the same day; answers the case's id.
     */
    public String raiseACaseOfConcern(String category, String worker, String raisedOn) {
        String auditId = schedule(raisedOn.substring(0, 7), raisedOn, raisedOn);
        submit(auditId, raisedOn, "INADEQUATE");
        return raiseACaseOfConcern(auditId, category, worker, raisedOn);
    }

    public void recordAReview(String caseId, String reviewedOn) {
        send("head-of-service", "/api/cases-of-concern/" + caseId + "/reviews",
                "{\"assurance\":\"Child seen; plan updated.\",\"effectiveOn\":\"" + reviewedOn + "\"}");
    }

    public void recategorise(String caseId, String category, String recategorisedOn) {
        send("head-of-service", "/api/cases-of-concern/" + caseId + "/recategorisation", "{\"category\":\"" + category
                + "\",\"reason\":\"New information.\",\"effectiveOn\":\"" + recategorisedOn + "\"}");
    }

    public void close(String caseId, String closedOn) {
        send("improvement-director", "/api/cases-of-concern/" + caseId + "/closure",
                "{\"rationale\":\"Assurance accepted.\",\"effectiveOn\":\"" + closedOn + "\"}");
    }

    public void refuseClosure(String caseId, String refusedOn) {
        send("improvement-director", "/api/cases-of-concern/" + caseId + "/closure-refusal",
                "{\"reason\":\"More assurance needed.\",\"effectiveOn\":\"" + refusedOn + "\"}");
    }

    public void reopen(String caseId, String reopenedOn) {
        send("improvement-director", "/api/cases-of-concern/" + caseId + "/reopening",
                "{\"reason\":\"Concerns returned.\",\"effectiveOn\":\"" + reopenedOn + "\"}");
    }

    /** Sends a command as the user, which must succeed; answers its body. */
    public JsonNode send(String user, String path, String body) {
        ResponseEntity<JsonNode> response = post(user, path, body);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("POST %s %s", path, response.getBody()).isTrue();
        return remember(response);
    }

    /**
     * GETs {@code pathAndQuery} (any query parameters written out in it) for this team, as a reader, once the read
     * models have processed the last command.
     */
    public ResponseEntity<JsonNode> get(String pathAndQuery) {
        String url = pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "team={team}&minPosition={position}";
        return http.withBasicAuth("improvement-director", "demo").getForEntity(url, JsonNode.class, team,
                lastPosition());
    }

    /** The body of a successful {@link #get}. */
    public JsonNode read(String pathAndQuery) {
        ResponseEntity<JsonNode> response = get(pathAndQuery);
        assertThat(response.getStatusCode()).as("GET %s", pathAndQuery).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private JsonNode send(String user, String path, String body, HttpStatus expected) {
        ResponseEntity<JsonNode> response = post(user, path, body);
        assertThat(response.getStatusCode()).as("POST %s %s", path, response.getBody()).isEqualTo(expected);
        return remember(response);
    }

    private ResponseEntity<JsonNode> post(String user, String path, String body) {
        return http.withBasicAuth(user, "demo").postForEntity(path, json(body), JsonNode.class);
    }

    private JsonNode remember(ResponseEntity<JsonNode> response) {
        lastPosition.accumulateAndGet(response.getBody().get("position").asLong(), Math::max);
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
