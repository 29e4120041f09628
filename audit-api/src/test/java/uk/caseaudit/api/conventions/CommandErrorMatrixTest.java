package uk.caseaudit.api.conventions;

import static uk.caseaudit.support.Requests.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.caseaudit.support.IntegrationTest;

/**
 * Every command endpoint, each error status it can give: 401 without credentials, 403 for a role
 * not allowed, 404 for an unknown record, 412 for a stale If-Match on an otherwise valid command,
 * 400 for a malformed If-Match (an invalid body is reported before it), 422 for a future effective date;
 * each as problem+json, and nothing stored.
 */
class CommandErrorMatrixTest extends IntegrationTest {

    /** A fresh record in the state the command needs, ready to be sent a valid command. */
    private record Ready(String path, String body) {
    }

    /** A command endpoint: who may call it, a role that may not, and how to get a record ready for it. */
    private record Command(String name, String user, String forbiddenUser, String unknownPath, String body,
                           Function<Records, Ready> ready) {
    }

    /** The records a command works on. */
    private record Records(String auditId, String child, String caseId, String actionId) {
    }

    @Test
    void every_command_answers_each_error_status_as_problem_json_and_stores_nothing() {
        List<String> wrong = new ArrayList<>();
        for (Command command : commands()) {
            Ready ready = command.ready().apply(records());
            long before = eventCount();
            expect(wrong, command, "anonymous", http.postForEntity(ready.path(), json(ready.body(), null), JsonNode.class),
                    HttpStatus.UNAUTHORIZED);
            expect(wrong, command, "forbidden", as(command.forbiddenUser()).postForEntity(ready.path(),
                    json(ready.body(), null), JsonNode.class), HttpStatus.FORBIDDEN);
            if (command.unknownPath() != null) {
                expect(wrong, command, "unknown record", as(command.user()).postForEntity(command.unknownPath(),
                        json(command.body(), null), JsonNode.class), HttpStatus.NOT_FOUND);
                expect(wrong, command, "stale If-Match", as(command.user()).postForEntity(ready.path(),
                        json(ready.body(), "\"99\""), JsonNode.class), HttpStatus.PRECONDITION_FAILED);
            }
            if (!"schedule".equals(command.name())) {
                ResponseEntity<JsonNode> malformed = as(command.user()).postForEntity(ready.path(),
                        json(ready.body(), "version 3"), JsonNode.class);
                expect(wrong, command, "malformed If-Match", malformed, HttpStatus.BAD_REQUEST);
                if (!"If-Match".equals(malformed.getBody().path("errors").path(0).path("field").asText())) {
                    wrong.add(command.name() + ": malformed If-Match answered " + malformed.getBody());
                }
                ResponseEntity<JsonNode> both = as(command.user()).postForEntity(ready.path(), json("{}", "version 3"),
                        JsonNode.class);
                expect(wrong, command, "invalid body and malformed If-Match", both, HttpStatus.BAD_REQUEST);
                if (!"Invalid request body.".equals(both.getBody().path("detail").asText())) {
                    wrong.add(command.name() + ": invalid body and malformed If-Match answered " + both.getBody());
                }
            }
            ResponseEntity<JsonNode> future = as(command.user()).postForEntity(ready.path(),
                    json(ready.body().replaceFirst("\"effectiveOn\":\"[0-9-]+\"", "\"effectiveOn\":\"2999-01-01\""), null),
                    JsonNode.class);
            expect(wrong, command, "future effective date", future, HttpStatus.UNPROCESSABLE_ENTITY);
            if (future.getStatusCode() == HttpStatus.UNPROCESSABLE_ENTITY
                    && !"EFFECTIVE_DATE_IN_FUTURE".equals(future.getBody().get("rule").asText())) {
                wrong.add(command.name() + ": 422 names " + future.getBody().get("rule"));
            }
            if (eventCount() != before) {
                wrong.add(command.name() + ": events were stored by refused requests");
            }
            ResponseEntity<JsonNode> valid = as(command.user()).postForEntity(ready.path(), json(ready.body(), null),
                    JsonNode.class);
            if (!valid.getStatusCode().is2xxSuccessful()) {
                wrong.add(command.name() + ": the valid command itself was answered " + valid.getStatusCode());
            }
        }
        assertThat(wrong).isEmpty();
    }

    private void expect(List<String> wrong, Command command, String what, ResponseEntity<JsonNode> answer,
                        HttpStatus status) {
        if (answer.getStatusCode() != status) {
            wrong.add(command.name() + " " + what + ": " + answer.getStatusCode() + " instead of " + status);
        } else if (!MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(answer.getHeaders().getContentType())) {
            wrong.add(command.name() + " " + what + ": " + answer.getHeaders().getContentType());
        }
    }

    private List<Command> commands() {
        String unknown = "no-such-record";
        return List.of(
                new Command("schedule", "qa-lead", "auditor", null, schedule(child()),
                        records -> new Ready("/api/audits", schedule(child()))),
                new Command("judgements", "auditor", "moderator", "/api/audits/" + unknown + "/judgements",
                        judgements("GOOD"), records -> new Ready("/api/audits/" + scheduled(child()) + "/judgements",
                        judgements("GOOD"))),
                new Command("moderation", "moderator", "auditor", "/api/audits/" + unknown + "/moderations", MODERATE,
                        records -> new Ready("/api/audits/" + records.auditId() + "/moderations", MODERATE)),
                new Command("inadmissibility", "qa-lead", "auditor", "/api/audits/" + unknown + "/inadmissibility",
                        REASON, records -> new Ready("/api/audits/" + records.auditId() + "/inadmissibility", REASON)),
                new Command("agree action", "auditor", "team-manager", "/api/audits/" + unknown + "/actions", ACTION,
                        records -> new Ready("/api/audits/" + records.auditId() + "/actions", ACTION)),
                new Command("raise", "head-of-service", "auditor", null, "{}", records -> {
                    String child = child();
                    String auditId = scheduled(child);
                    post("auditor", "/api/audits/" + auditId + "/judgements", judgements("INADEQUATE"));
                    return new Ready("/api/cases-of-concern", raise(auditId, child));
                }),
                new Command("review", "head-of-service", "improvement-director",
                        "/api/cases-of-concern/" + unknown + "/reviews", REVIEW,
                        records -> new Ready("/api/cases-of-concern/" + records.caseId() + "/reviews", REVIEW)),
                new Command("recategorisation", "head-of-service", "auditor",
                        "/api/cases-of-concern/" + unknown + "/recategorisation", RECATEGORISE,
                        records -> new Ready("/api/cases-of-concern/" + records.caseId() + "/recategorisation",
                                RECATEGORISE)),
                new Command("closure", "improvement-director", "head-of-service",
                        "/api/cases-of-concern/" + unknown + "/closure", CLOSE, records -> {
                    post("head-of-service", "/api/cases-of-concern/" + records.caseId() + "/reviews", REVIEW);
                    return new Ready("/api/cases-of-concern/" + records.caseId() + "/closure", CLOSE);
                }),
                new Command("closure refusal", "improvement-director", "head-of-service",
                        "/api/cases-of-concern/" + unknown + "/closure-refusal", REASON,
                        records -> new Ready("/api/cases-of-concern/" + records.caseId() + "/closure-refusal", REASON)),
                new Command("reopening", "improvement-director", "head-of-service",
                        "/api/cases-of-concern/" + unknown + "/reopening", REOPEN, records -> {
                    post("head-of-service", "/api/cases-of-concern/" + records.caseId() + "/reviews", REVIEW);
                    post("improvement-director", "/api/cases-of-concern/" + records.caseId() + "/closure", CLOSE);
                    return new Ready("/api/cases-of-concern/" + records.caseId() + "/reopening", REOPEN);
                }),
                new Command("completion", "team-manager", "auditor", "/api/actions/" + unknown + "/completion",
                        COMPLETE, records -> new Ready("/api/actions/" + records.actionId() + "/completion", COMPLETE)),
                new Command("due date", "team-manager", "head-of-service", "/api/actions/" + unknown + "/due-date",
                        DUE_DATE, records -> new Ready("/api/actions/" + records.actionId() + "/due-date", DUE_DATE)),
                new Command("escalation", "head-of-service", "team-manager", "/api/actions/" + unknown + "/escalation",
                        ESCALATE, records -> new Ready("/api/actions/" + records.actionId() + "/escalation", ESCALATE)),
                new Command("cancellation", "qa-lead", "team-manager", "/api/actions/" + unknown + "/cancellation",
                        REASON, records -> new Ready("/api/actions/" + records.actionId() + "/cancellation", REASON)));
    }

    private static final String MODERATE = "{\"grades\":{\"OVERALL\":\"INADEQUATE\"},\"rationale\":\"Agreed.\","
            + "\"effectiveOn\":\"2016-03-22\"}";
    private static final String REASON = "{\"reason\":\"A reason.\",\"effectiveOn\":\"2016-05-01\"}";
    private static final String ACTION = "{\"description\":\"Update the plan\",\"owner\":\"Team Manager\","
            + "\"team\":\"Matrix\",\"dueDate\":\"2016-04-10\",\"focus\":\"IMPACT\",\"effectiveOn\":\"2016-03-21\"}";
    private static final String REVIEW = "{\"assurance\":\"Child seen.\",\"effectiveOn\":\"2016-03-23\"}";
    private static final String RECATEGORISE = "{\"category\":\"CATEGORY_2\",\"reason\":\"Lower risk.\","
            + "\"effectiveOn\":\"2016-03-23\"}";
    private static final String CLOSE = "{\"rationale\":\"Assured.\",\"effectiveOn\":\"2016-03-24\"}";
    private static final String REOPEN = "{\"reason\":\"Concerns again.\",\"effectiveOn\":\"2016-03-25\"}";
    private static final String COMPLETE = "{\"note\":\"Done.\",\"effectiveOn\":\"2016-04-01\"}";
    private static final String DUE_DATE = "{\"dueDate\":\"2016-05-30\",\"reason\":\"Later.\",\"effectiveOn\":\"2016-04-01\"}";
    private static final String ESCALATE = "{\"reason\":\"Overdue.\",\"effectiveOn\":\"2016-04-20\"}";

    /** A judged inadequate audit with an open case of concern and an agreed action, for one new child. */
    private Records records() {
        String child = child();
        String auditId = scheduled(child);
        post("auditor", "/api/audits/" + auditId + "/judgements", judgements("INADEQUATE"));
        String caseId = post("head-of-service", "/api/cases-of-concern", raise(auditId, child)).get("caseOfConcernId").asText();
        String actionId = post("auditor", "/api/audits/" + auditId + "/actions", ACTION).get("actionId").asText();
        return new Records(auditId, child, caseId, actionId);
    }

    private String scheduled(String child) {
        return post("qa-lead", "/api/audits", schedule(child)).get("auditId").asText();
    }

    private static String child() {
        return "M" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static String schedule(String child) {
        return """
                {"auditMonth":"2016-03","childReference":"%s","team":"Matrix","serviceArea":"Safeguarding",
                 "auditType":"CASE_FILE","auditor":"J Smith","dueDate":"2016-03-25","effectiveOn":"2016-03-01"}"""
                .formatted(child);
    }

    private static String judgements(String overall) {
        return """
                {"grades":{"OVERALL":"%s"},
                 "engagement":{"socialWorker":"ENGAGED","teamManager":"ENGAGED","child":"ATTEMPTED","parent":"ENGAGED"},
                 "summary":"Summary.","effectiveOn":"2016-03-20"}""".formatted(overall);
    }

    private static String raise(String auditId, String child) {
        return """
                {"auditId":"%s","childReference":"%s","category":"CATEGORY_1","concerns":"Risk.","effectiveOn":"2016-03-21"}"""
                .formatted(auditId, child);
    }

    private JsonNode post(String user, String path, String body) {
        ResponseEntity<JsonNode> answer = as(user).postForEntity(path, json(body, null), JsonNode.class);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(path + " " + answer.getBody()).isTrue();
        return answer.getBody();
    }
}
