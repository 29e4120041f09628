package uk.caseaudit.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.caseaudit.api.security.Role.AUDITOR;
import static uk.caseaudit.api.security.Role.HEAD_OF_SERVICE;
import static uk.caseaudit.api.security.Role.IMPROVEMENT_DIRECTOR;
import static uk.caseaudit.api.security.Role.QA_LEAD;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import uk.caseaudit.api.security.Api.Answer;
import uk.caseaudit.api.security.Api.Request;

/**
 * For each operation of the role table, a request that succeeds for a role allowed to send it. A command gets a
 * fresh record in the state it needs each time it is asked for one (a schedule needs nothing, a closure a reviewed
 * case of concern...); the reads share one set of records, made once, in a team of their own.
 */
final class ValidRequests {

    /** How to call an operation: a ready request (a fresh record for a command), and what success looks like. */
    record Recipe(Supplier<Request> ready, BiConsumer<String, Answer> success) {
    }

    /** The records the reads read: an audit judged inadequate, its case of concern and an agreed action. */
    private record Records(String child, String auditId, String caseId, String actionId, long position) {
    }

    private static final String TEAM = "RoleWalk";
    private static final String MONTH = "2016-03";
    private static final String REPLAYED = "register";
    private static final String RETRIED = "action-tracker";

    private static final String MODERATE = "{\"grades\":{\"OVERALL\":\"INADEQUATE\"},\"rationale\":\"Agreed.\","
            + "\"effectiveOn\":\"2016-03-22\"}";
    private static final String REASON = "{\"reason\":\"A reason.\",\"effectiveOn\":\"2016-05-01\"}";
    private static final String ACTION = "{\"description\":\"Update the plan\",\"owner\":\"Team Manager\","
            + "\"team\":\"" + TEAM + "\",\"dueDate\":\"2016-04-10\",\"focus\":\"IMPACT\","
            + "\"effectiveOn\":\"2016-03-21\"}";
    private static final String REVIEW = "{\"assurance\":\"Child seen.\",\"effectiveOn\":\"2016-03-23\"}";
    private static final String RECATEGORISE = "{\"category\":\"CATEGORY_2\",\"reason\":\"Lower risk.\","
            + "\"effectiveOn\":\"2016-03-23\"}";
    private static final String CLOSE = "{\"rationale\":\"Assured.\",\"effectiveOn\":\"2016-03-24\"}";
    private static final String REOPEN = "{\"reason\":\"Concerns again.\",\"effectiveOn\":\"2016-03-25\"}";
    private static final String COMPLETE = "{\"note\":\"Done.\",\"effectiveOn\":\"2016-04-01\"}";
    private static final String DUE_DATE = "{\"dueDate\":\"2016-05-30\",\"reason\":\"Later.\","
            + "\"effectiveOn\":\"2016-04-01\"}";
    private static final String ESCALATE = "{\"reason\":\"Overdue.\",\"effectiveOn\":\"2016-04-20\"}";

    private final Api api;
    private final Map<String, Recipe> recipes = new HashMap<>();
    private Records records;

    ValidRequests(Api api) {
        this.api = api;
        commands();
        reads();
        operations();
    }

    /** How to call the operation (method and path template), if this class knows. */
    Optional<Recipe> of(String operation) {
        return Optional.ofNullable(recipes.get(operation));
    }

    private void commands() {
        command("POST /api/audits", () -> Request.post("/api/audits", schedule(child())));
        command("POST /api/audits/{auditId}/judgements",
                () -> Request.post("/api/audits/" + scheduled(child()) + "/judgements", judgements("INADEQUATE")));
        command("POST /api/audits/{auditId}/moderations",
                () -> Request.post("/api/audits/" + judged(child()) + "/moderations", MODERATE));
        command("POST /api/audits/{auditId}/inadmissibility",
                () -> Request.post("/api/audits/" + judged(child()) + "/inadmissibility", REASON));
        command("POST /api/audits/{auditId}/actions",
                () -> Request.post("/api/audits/" + judged(child()) + "/actions", ACTION));

        command("POST /api/cases-of-concern", () -> {
            String child = child();
            return Request.post("/api/cases-of-concern", raise(judged(child), child));
        });
        command("POST /api/cases-of-concern/{caseOfConcernId}/reviews",
                () -> Request.post("/api/cases-of-concern/" + raised() + "/reviews", REVIEW));
        command("POST /api/cases-of-concern/{caseOfConcernId}/recategorisation",
                () -> Request.post("/api/cases-of-concern/" + raised() + "/recategorisation", RECATEGORISE));
        command("POST /api/cases-of-concern/{caseOfConcernId}/closure",
                () -> Request.post("/api/cases-of-concern/" + reviewed() + "/closure", CLOSE));
        command("POST /api/cases-of-concern/{caseOfConcernId}/closure-refusal",
                () -> Request.post("/api/cases-of-concern/" + reviewed() + "/closure-refusal", REASON));
        command("POST /api/cases-of-concern/{caseOfConcernId}/reopening", () -> {
            String caseId = reviewed();
            post(IMPROVEMENT_DIRECTOR, "/api/cases-of-concern/" + caseId + "/closure", CLOSE);
            return Request.post("/api/cases-of-concern/" + caseId + "/reopening", REOPEN);
        });

        command("POST /api/actions/{actionId}/completion",
                () -> Request.post("/api/actions/" + agreed() + "/completion", COMPLETE));
        command("POST /api/actions/{actionId}/due-date",
                () -> Request.post("/api/actions/" + agreed() + "/due-date", DUE_DATE));
        command("POST /api/actions/{actionId}/escalation",
                () -> Request.post("/api/actions/" + agreed() + "/escalation", ESCALATE));
        command("POST /api/actions/{actionId}/cancellation",
                () -> Request.post("/api/actions/" + agreed() + "/cancellation", REASON));
    }

    private void reads() {
        String months = "from=" + MONTH + "&to=" + MONTH + "&team=" + TEAM;
        String days = "from=2016-03-01&to=2016-05-31&team=" + TEAM;
        read("GET /api/audits", r -> "/api/audits?team=" + TEAM + "&minPosition=" + r.position());
        read("GET /api/audits/{auditId}", r -> "/api/audits/" + r.auditId() + "?minPosition=" + r.position());
        read("GET /api/audits/{auditId}/history", r -> "/api/audits/" + r.auditId() + "/history");
        read("GET /api/cases-of-concern", r -> "/api/cases-of-concern?team=" + TEAM + "&minPosition=" + r.position());
        read("GET /api/cases-of-concern/{caseOfConcernId}",
                r -> "/api/cases-of-concern/" + r.caseId() + "?minPosition=" + r.position());
        read("GET /api/cases-of-concern/{caseOfConcernId}/history",
                r -> "/api/cases-of-concern/" + r.caseId() + "/history");
        read("GET /api/cases-of-concern/register-sizes",
                r -> "/api/cases-of-concern/register-sizes?" + days + "&minPosition=" + r.position());
        read("GET /api/cases-of-concern/recurrence",
                r -> "/api/cases-of-concern/recurrence?" + days + "&minPosition=" + r.position());
        read("GET /api/actions", r -> "/api/actions?team=" + TEAM + "&minPosition=" + r.position());
        read("GET /api/actions/{actionId}", r -> "/api/actions/" + r.actionId() + "?minPosition=" + r.position());
        read("GET /api/actions/{actionId}/history", r -> "/api/actions/" + r.actionId() + "/history");
        read("GET /api/action-tracker", r -> "/api/action-tracker?" + months + "&minPosition=" + r.position());
        read("GET /api/action-tracker/teams", r -> "/api/action-tracker/teams?cohort=" + MONTH + "&minPosition="
                + r.position());
        read("GET /api/judgement-trends", r -> "/api/judgement-trends?" + months + "&minPosition=" + r.position());
        read("GET /api/programme", r -> "/api/programme?" + months + "&minPosition=" + r.position());
        read("GET /api/access-log", r -> "/api/access-log?childReference=" + r.child() + "&from=2016-01-01&size=10");
        read("GET /api/events", r -> "/api/events?aggregateId=" + r.auditId() + "&limit=10");
        read("GET /api/event-types", r -> "/api/event-types");
        read("GET /api/event-types/{name}/{version}", r -> "/api/event-types/uk.caseaudit.AuditScheduled/1");
        recipes.put("GET /api/events/stream", new Recipe(
                () -> Request.get("/api/events/stream?after=" + records().position())
                        .accepting(MediaType.TEXT_EVENT_STREAM_VALUE),
                (caller, answer) -> {
                    assertThat(answer.status()).as(caller).isEqualTo(200);
                    assertThat(answer.contentType()).as(caller + ": Content-Type")
                            .startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
                }));
    }

    private void operations() {
        read("GET /api/admin/projections", r -> "/api/admin/projections");
        read("GET /api/admin/nodes", r -> "/api/admin/nodes");
        read("GET /api/admin/dead-letters", r -> "/api/admin/dead-letters");
        recipes.put("POST /api/admin/projections/{name}/replay", new Recipe(
                () -> Request.post("/api/admin/projections/" + REPLAYED + "/replay", null),
                (caller, answer) -> {
                    assertThat(answer.status()).as(caller + ": " + answer.body()).isEqualTo(202);
                    // The rebuild must be over before the walk goes on: until then reads would wait on it.
                    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(state(REPLAYED))
                            .as(REPLAYED + " after its replay").isEqualTo("LIVE"));
                }));
        recipes.put("POST /api/admin/projections/{name}/dead-letters/retry", new Recipe(
                () -> Request.post("/api/admin/projections/" + RETRIED + "/dead-letters/retry", null),
                ValidRequests::succeeded));
        // No dead letter is made for the walk (it takes poisoning a read model's table): evicting an unknown one
        // answers 404, from the controller, so the request went through security. That is all this row proves.
        recipes.put("DELETE /api/admin/dead-letters/{deadLetterId}", new Recipe(
                () -> Request.delete("/api/admin/dead-letters/no-such-letter"),
                (caller, answer) -> assertThat(answer.status()).as(caller + ": past security to the controller")
                        .isEqualTo(404)));

        read("GET /actuator/health", r -> "/actuator/health");
        read("GET /actuator/info", r -> "/actuator/info");
        recipes.put("GET /actuator/prometheus", new Recipe(
                () -> Request.get("/actuator/prometheus").accepting(MediaType.TEXT_PLAIN_VALUE),
                ValidRequests::succeeded));
    }

    private void command(String operation, Supplier<Request> ready) {
        recipes.put(operation, new Recipe(ready, ValidRequests::succeeded));
    }

    private void read(String operation, Function<Records, String> path) {
        recipes.put(operation, new Recipe(() -> Request.get(path.apply(records())), ValidRequests::succeeded));
    }

    private static void succeeded(String caller, Answer answer) {
        assertThat(answer.status()).as(caller + ": " + answer.body()).isBetween(200, 299);
    }

    private synchronized Records records() {
        if (records == null) {
            String child = child();
            String auditId = judged(child);
            String caseId = post(HEAD_OF_SERVICE, "/api/cases-of-concern", raise(auditId, child)).get("caseOfConcernId")
                    .asText();
            JsonNode action = post(AUDITOR, "/api/audits/" + auditId + "/actions", ACTION);
            records = new Records(child, auditId, caseId, action.get("actionId").asText(),
                    action.get("position").asLong());
        }
        return records;
    }

    private String state(String readModel) {
        for (JsonNode status : api.succeed(QA_LEAD, Request.get("/api/admin/projections"))) {
            if (readModel.equals(status.get("name").asText())) {
                return status.get("state").asText();
            }
        }
        throw new AssertionError("No read model " + readModel);
    }

    private String scheduled(String child) {
        return post(QA_LEAD, "/api/audits", schedule(child)).get("auditId").asText();
    }

    private String judged(String child) {
        String auditId = scheduled(child);
        post(AUDITOR, "/api/audits/" + auditId + "/judgements", judgements("INADEQUATE"));
        return auditId;
    }

    private String raised() {
        String child = child();
        return post(HEAD_OF_SERVICE, "/api/cases-of-concern", raise(judged(child), child))
                .get("caseOfConcernId").asText();
    }

    private String reviewed() {
        String caseId = raised();
        post(HEAD_OF_SERVICE, "/api/cases-of-concern/" + caseId + "/reviews", REVIEW);
        return caseId;
    }

    private String agreed() {
        return post(AUDITOR, "/api/audits/" + judged(child()) + "/actions", ACTION).get("actionId").asText();
    }

    private JsonNode post(Role role, String path, String body) {
        return api.succeed(role, Request.post(path, body));
    }

    private static String child() {
        return "W" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The body that schedules a case-file audit of the child in the walk's team, due on 2016-03-25. */
    static String schedule(String child) {
        return """
                {"auditMonth":"%s","childReference":"%s","team":"%s","serviceArea":"Safeguarding",
                 "auditType":"CASE_FILE","auditor":"J Smith","dueDate":"2016-03-25","effectiveOn":"2016-03-01"}"""
                .formatted(MONTH, child, TEAM);
    }

    /** The body that submits an OVERALL grade on 2016-03-20. */
    static String judgements(String overall) {
        return """
                {"grades":{"OVERALL":"%s"},
                 "engagement":{"socialWorker":"ENGAGED","teamManager":"ENGAGED","child":"ATTEMPTED","parent":"ENGAGED"},
                 "summary":"Summary.","effectiveOn":"2016-03-20"}""".formatted(overall);
    }

    private static String raise(String auditId, String child) {
        return """
                {"auditId":"%s","childReference":"%s","category":"CATEGORY_1","concerns":"Risk.",
                 "effectiveOn":"2016-03-21"}"""
                .formatted(auditId, child);
    }
}
