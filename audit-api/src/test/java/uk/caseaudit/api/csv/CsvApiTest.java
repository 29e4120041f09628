package uk.caseaudit.api.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import uk.caseaudit.support.IntegrationTest;
import uk.caseaudit.support.Scenario;
import uk.caseaudit.support.Scenario.Engagement;

/**
 * Every read of a table answers text/csv when asked with Accept (README, The API's conventions): the table's rows
 * under a header line, nested fields as dotted columns, RFC 4180 quoting, CRLF, and no cell a spreadsheet would run
 * as a
 * formula. The HTTP tests work in a team of their own (its name holds a comma, so it is quoted), cohort 2016-03.
 */
class CsvApiTest extends IntegrationTest {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    @Autowired
    ObjectMapper objectMapper;

    private Scenario scenario;
    private String quotedTeam;

    @BeforeEach
    void aScenarioInATeamOfItsOwn() {
        scenario = new Scenario(http, "Csv, Team " + UUID.randomUUID());
        quotedTeam = "\"" + scenario.team() + "\"";
    }

    @Test
    void the_action_tracker_and_the_actions_answer_csv_with_a_header_and_a_row_each() {
        Dataset data = dataset();

        ResponseEntity<String> tracker = csv("/api/action-tracker?team={t}&asAt=2016-04-30&minPosition={p}",
                scenario.team(), scenario.lastPosition());
        ResponseEntity<String> actions = csv("/api/actions?team={t}&asAt=2016-04-30&minPosition={p}", scenario.team(),
                scenario.lastPosition());

        assertThat(tracker.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tracker.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/csv;charset=UTF-8"));
        assertThat(tracker.getHeaders().getContentDisposition().toString())
                .isEqualTo("attachment; filename=\"action-tracker.csv\"");
        assertThat(tracker.getBody()).isEqualTo(lines(
                "group,total,completed,completedLate,outstanding,notYetDue,escalated,cancelled,casesWithOutstanding",
                "2016-03,1,1,0,0,0,0,0,0"));
        assertThat(actions.getHeaders().getContentType().isCompatibleWith(CSV)).isTrue();
        assertThat(actions.getBody()).isEqualTo(lines(
                "actionId,auditId,cohort,childReference,team,owner,description,focus,agreedOn,dueDate,originalDueDate,"
                        + "status,escalated,escalatedOn,completedOn,completedLate,cancelledOn,version",
                data.actionId + "," + data.goodAudit + ",2016-03," + data.goodChild + "," + quotedTeam
                        + ",TM,\"'=SUM(A1) \"\"now\"\", please\",IMPACT,2016-03-21,2016-04-10,2016-04-10,COMPLETED,"
                        + "false,,2016-04-05,false,,1"));
    }

    @Test
    void judgement_trends_and_the_programme_flatten_their_nested_counts_into_dotted_columns() {
        dataset();

        String trends = csv("/api/judgement-trends?from=2016-03&to=2016-03&team={t}&asAt=2016-04-30&minPosition={p}",
                scenario.team(), scenario.lastPosition()).getBody();
        String programme = csv("/api/programme?from=2016-03&to=2016-03&team={t}&asAt=2016-04-30&minPosition={p}",
                scenario.team(), scenario.lastPosition()).getBody();

        assertThat(trends).isEqualTo(lines(
                "period,grades.OUTSTANDING.count,grades.OUTSTANDING.percent,grades.GOOD.count,grades.GOOD.percent,"
                        + "grades.REQUIRES_IMPROVEMENT.count,grades.REQUIRES_IMPROVEMENT.percent,"
                        + "grades.INADEQUATE.count,grades.INADEQUATE.percent,total,goodOrBetter,goodOrBetterPercent",
                "2016-03,0,0.0,1,50.0,0,0.0,1,50.0,2,1,50.0"));
        assertThat(programme).isEqualTo(lines(
                "month,scheduled,completedWithinTimescale,late,inadmissible,analysed,"
                        + "engagement.socialWorker.ENGAGED,engagement.socialWorker.ATTEMPTED,"
                        + "engagement.socialWorker.NOT_APPROPRIATE,engagement.socialWorker.NOT_RECORDED,"
                        + "engagement.teamManager.ENGAGED,engagement.teamManager.ATTEMPTED,"
                        + "engagement.teamManager.NOT_APPROPRIATE,engagement.teamManager.NOT_RECORDED,"
                        + "engagement.child.ENGAGED,engagement.child.ATTEMPTED,"
                        + "engagement.child.NOT_APPROPRIATE,engagement.child.NOT_RECORDED,"
                        + "engagement.parent.ENGAGED,engagement.parent.ATTEMPTED,"
                        + "engagement.parent.NOT_APPROPRIATE,engagement.parent.NOT_RECORDED",
                "2016-03,2,1,1,0,2,2,0,0,0,1,1,0,0,0,1,1,0,1,0,1,0"));
    }

    @Test
    void the_register_and_the_audits_answer_csv_and_a_single_audit_is_one_row() {
        Dataset data = dataset();

        String register = csv("/api/cases-of-concern?team={t}&asAt=2016-04-30&minPosition={p}",
                scenario.team(), scenario.lastPosition())
                .getBody();
        String audits = csv("/api/audits?team={t}&asAt=2016-04-30&minPosition={p}",
                scenario.team(), scenario.lastPosition()).getBody();
        ResponseEntity<String> oneAudit = csv("/api/audits/{id}?asAt=2016-04-30", data.goodAudit);

        assertThat(register).isEqualTo(lines(
                "caseOfConcernId,auditId,childReference,team,serviceArea,auditMonth,category,worker,status,raisedOn,"
                        + "daysOnRegister,lastReviewOn,category1ReviewLate,closedOn,signOffRationale,signOffBy,version",
                data.caseOfConcernId + "," + data.inadequateAudit + "," + data.inadequateChild + "," + quotedTeam
                        + ",Safeguarding,2016-03,CATEGORY_2,SW 1,OPEN,2016-03-28,33,,false,,,,0"));
        String header = "auditId,auditMonth,childReference,team,serviceArea,auditType,auditor,dueDate,scheduledOn,"
                + "submittedOn,withinTimescale,grades.OVERALL.auditor,grades.OVERALL.moderated,"
                + "engagement.socialWorker,engagement.teamManager,engagement.child,engagement.parent,"
                + "moderationRevisions,inadmissible,declaredOn,inadmissibilityReason,status,version";
        String good = data.goodAudit + ",2016-03," + data.goodChild + "," + quotedTeam + ",Safeguarding,CASE_FILE,"
                + "J Smith,2016-03-25,2016-03-01,2016-03-20,true,GOOD,,ENGAGED,ENGAGED,ATTEMPTED,NOT_APPROPRIATE,"
                + "0,false,,,SUBMITTED,1";
        String inadequate = data.inadequateAudit + ",2016-03," + data.inadequateChild + "," + quotedTeam
                + ",Safeguarding,CASE_FILE,J Smith,2016-03-25,2016-03-01,2016-03-28,false,INADEQUATE,,ENGAGED,"
                + "ATTEMPTED,NOT_APPROPRIATE,ENGAGED,0,false,,,SUBMITTED,1";
        boolean goodFirst = data.goodAudit.compareTo(data.inadequateAudit) < 0;
        assertThat(audits).isEqualTo(goodFirst ? lines(header, good, inadequate) : lines(header, inadequate, good));
        assertThat(oneAudit.getBody()).isEqualTo(lines(header, good));
        assertThat(oneAudit.getHeaders().getContentDisposition().getFilename()).isEqualTo(data.goodAudit + ".csv");
    }

    @Test
    void json_stays_the_answer_when_json_or_anything_is_accepted() {
        dataset();

        ResponseEntity<JsonNode> asJson = as("qa-lead").getForEntity(
                "/api/action-tracker?team={t}&asAt=2016-04-30&minPosition={p}", JsonNode.class,
                scenario.team(), scenario.lastPosition());
        ResponseEntity<String> anything = get("/api/action-tracker?team={t}&asAt=2016-04-30",
                MediaType.ALL, scenario.team());
        ResponseEntity<String> noAccept = as("qa-lead").exchange("/api/action-tracker?team={t}&asAt=2016-04-30",
                HttpMethod.GET, new HttpEntity<>(new HttpHeaders()), String.class, scenario.team());

        assertThat(asJson.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(asJson.getBody().get("cohorts").get(0).get("completed").asLong()).isEqualTo(1);
        assertThat(anything.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(noAccept.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    }

    @Test
    void an_error_asked_for_as_csv_is_still_problem_json() {
        ResponseEntity<String> badRange = csv("/api/action-tracker?from=2016-05&to=2016-01");
        ResponseEntity<String> badParameter = csv("/api/actions?status=LOST");
        ResponseEntity<String> unknown = csv("/api/audits/{id}", "no-such-audit");
        ResponseEntity<String> badRegisterRange = csv("/api/cases-of-concern/register-sizes?from=2016-05-01&to=2016-01-01");

        assertThat(badRange.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badParameter.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(badRegisterRange.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        for (ResponseEntity<String> problem : List.of(badRange, badParameter, unknown, badRegisterRange)) {
            assertThat(problem.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(problem.getBody()).contains("\"status\":" + problem.getStatusCode().value());
        }
    }

    @Test
    void cells_are_quoted_by_rfc_4180_and_a_text_that_starts_like_a_formula_gets_an_apostrophe() {
        CsvMessageConverter converter = new CsvMessageConverter(objectMapper);
        Map<String, Object> firstCounts = new LinkedHashMap<>();
        firstCounts.put("a", 1);
        firstCounts.put("b", -2);
        Sheet sheet = new Sheet("Not the table", List.of(
                new Note("=1+2", new BigDecimal("-3.5"), firstCounts, List.of("x", "-y")),
                new Note("He said \"hi\", then left\r\nfor good", new BigDecimal("8.0"), Map.of("c", 4), List.of()),
                new Note("-1", null, Map.of(), List.of("=x")),
                new Note("+1", BigDecimal.ZERO, null, null),
                new Note("@SUM(A1)", null, Map.of(), List.of()),
                new Note("\tTabbed", null, Map.of(), List.of()),
                new Note("\rReturned", null, Map.of(), List.of()),
                new Note("a - b = c", new BigDecimal("-0.5"), Map.of(), List.of())));

        assertThat(converter.toCsv(sheet)).isEqualTo(lines(
                "text,score,counts.a,counts.b,tags,counts.c,counts",
                "'=1+2,-3.5,1,-2,x;-y,,",
                "\"He said \"\"hi\"\", then left\r\nfor good\",8.0,,,,4,",
                "'-1,,,,'=x,,",
                "'+1,0,,,,,",
                "'@SUM(A1),,,,,,",
                "'\tTabbed,,,,,,",
                "\"'\rReturned\",,,,,,",
                "a - b = c,-0.5,,,,,"));
        assertThat(converter.toCsv(new Note("=one", BigDecimal.ONE, Map.of(), List.of("a", "b"))))
                .as("a single record is one row").isEqualTo(lines("text,score,tags", "'=one,1,a;b"));
        assertThat(converter.toCsv(List.of(Map.of("n", -7)))).as("an array is the table").isEqualTo(lines("n", "-7"));
        assertThat(converter.toCsv(new Sheet("An empty table", List.of()))).isEmpty();
        assertThat(converter.canWrite(ProblemDetail.class, CSV)).isFalse();
        assertThat(converter.canWrite(String.class, CSV)).isFalse();
        assertThat(converter.canRead(Sheet.class, CSV)).isFalse();
    }

    record Note(String text, BigDecimal score, Map<String, Object> counts, List<String> tags) {
    }

    record Sheet(String title, List<Note> notes) {
    }

    /** Two audits of cohort 2016-03 (one GOOD on time, one INADEQUATE late), an action done, a case of concern. */
    private Dataset dataset() {
        String goodChild = "G" + UUID.randomUUID().toString().substring(0, 6);
        String inadequateChild = "I" + UUID.randomUUID().toString().substring(0, 6);
        String goodAudit = scenario.schedule(goodChild, "2016-03", "2016-03-01", "2016-03-25");
        scenario.submit(goodAudit, "2016-03-20", Map.of("OVERALL", "GOOD"),
                new Engagement("ENGAGED", "ENGAGED", "ATTEMPTED", "NOT_APPROPRIATE"));
        String inadequateAudit = scenario.schedule(inadequateChild, "2016-03", "2016-03-01", "2016-03-25");
        scenario.submit(inadequateAudit, "2016-03-28", Map.of("OVERALL", "INADEQUATE"),
                new Engagement("ENGAGED", "ATTEMPTED", "NOT_APPROPRIATE", "ENGAGED"));
        String actionId = scenario.send("auditor", "/api/audits/" + goodAudit + "/actions", """
                {"description":"=SUM(A1) \\"now\\", please","owner":"TM","team":"%s","dueDate":"2016-04-10",
                 "focus":"IMPACT","effectiveOn":"2016-03-21"}""".formatted(scenario.team())).get("actionId").asText();
        scenario.send("team-manager", "/api/actions/" + actionId + "/completion",
                "{\"note\":\"Done.\",\"effectiveOn\":\"2016-04-05\"}");
        String caseOfConcernId = scenario.raiseACaseOfConcern(inadequateAudit, "CATEGORY_2", "SW 1", "2016-03-28");
        return new Dataset(goodAudit, goodChild, inadequateAudit, inadequateChild, actionId, caseOfConcernId);
    }

    private record Dataset(String goodAudit, String goodChild, String inadequateAudit, String inadequateChild,
                           String actionId, String caseOfConcernId) {
    }

    private ResponseEntity<String> csv(String path, Object... variables) {
        return get(path, CSV, variables);
    }

    private ResponseEntity<String> get(String path, MediaType accept, Object... variables) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(accept));
        return as("qa-lead").exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class, variables);
    }

    private static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }
}
