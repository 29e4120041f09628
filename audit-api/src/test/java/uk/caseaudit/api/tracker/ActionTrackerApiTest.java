package uk.caseaudit.api.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import uk.caseaudit.support.IntegrationTest;
import uk.caseaudit.support.Scenario;

/**
 * The action tracker as at any day and as known at any instant. Each test works in a team of its
 * own, cohort 2016-03 (audits judged 2016-03-20; actions agreed 2016-03-21).
 */
class ActionTrackerApiTest extends IntegrationTest {

    private Scenario scenario;

    @BeforeEach
    void aScenarioInATeamOfItsOwn() {
        scenario = new Scenario(http, "Tracker " + UUID.randomUUID());
    }

    @Test
    void counts_each_cohort_as_at_a_day_by_the_due_date_in_force_on_that_day() {
        String childA = "A" + UUID.randomUUID().toString().substring(0, 6);
        String childB = "B" + UUID.randomUUID().toString().substring(0, 6);
        String auditA = scenario.scheduleAndJudgeAnAudit(childA, "2016-03", "REQUIRES_IMPROVEMENT");
        String auditB = scenario.scheduleAndJudgeAnAudit(childB, "2016-03", "REQUIRES_IMPROVEMENT");
        String onTime = scenario.agreeAnAction(auditA, "TM", "2016-04-10", "2016-03-21");
        String late = scenario.agreeAnAction(auditA, "TM", "2016-04-10", "2016-03-21");
        String escalatedThenDone = scenario.agreeAnAction(auditB, "TM", "2016-04-10", "2016-03-21");
        String revised = scenario.agreeAnAction(auditB, "TM", "2016-04-10", "2016-03-21");
        String cancelled = scenario.agreeAnAction(auditB, "TM", "2016-04-30", "2016-03-21");
        scenario.send("team-manager", "/api/actions/" + onTime + "/completion",
                "{\"note\":\"Done.\",\"effectiveOn\":\"2016-04-05\"}");
        scenario.send("team-manager", "/api/actions/" + late + "/completion",
                "{\"note\":\"Done.\",\"effectiveOn\":\"2016-05-02\"}");
        scenario.send("head-of-service", "/api/actions/" + escalatedThenDone + "/escalation",
                "{\"reason\":\"Overdue.\",\"effectiveOn\":\"2016-04-20\"}");
        scenario.send("team-manager", "/api/actions/" + escalatedThenDone + "/completion",
                "{\"note\":\"Done.\",\"effectiveOn\":\"2016-05-10\"}");
        scenario.send("team-manager", "/api/actions/" + revised + "/due-date",
                "{\"dueDate\":\"2016-06-30\",\"reason\":\"Waiting for a report.\",\"effectiveOn\":\"2016-04-08\"}");
        scenario.send("qa-lead", "/api/actions/" + cancelled + "/cancellation",
                "{\"reason\":\"Child moved away.\",\"effectiveOn\":\"2016-04-25\"}");

        // 2016-04-09: nothing due yet but the one completed early.
        assertThat(cohort("2016-04-09")).isEqualTo(counts(5, 1, 0, 0, 4, 0, 0, 0));
        // 2016-04-21: late and escalatedThenDone are past due (revised is not: due 2016-06-30 since 04-08).
        assertThat(cohort("2016-04-21")).isEqualTo(counts(5, 1, 0, 2, 2, 1, 0, 2));
        // 2016-04-26: the cancellation counts apart.
        assertThat(cohort("2016-04-26")).isEqualTo(counts(5, 1, 0, 2, 1, 1, 1, 2));
        // 2016-05-31: everything but the revised one done, two of them late.
        assertThat(cohort("2016-05-31")).isEqualTo(counts(5, 3, 2, 0, 1, 0, 1, 0));
        // 2016-07-01: the revised one is now outstanding, on childB's case only.
        assertThat(cohort("2016-07-01")).isEqualTo(counts(5, 3, 2, 1, 0, 0, 1, 1));

        JsonNode outstanding = as("qa-lead").getForObject(
                "/api/actions?team={team}&status=OUTSTANDING&asAt=2016-04-21&minPosition={p}", JsonNode.class,
                scenario.team(), scenario.lastPosition());
        assertThat(outstanding.get("total").asLong()).isEqualTo(2);
        assertThat(outstanding.get("actions").findValuesAsText("actionId")).containsExactlyInAnyOrder(late, escalatedThenDone);
        JsonNode escalated = as("qa-lead").getForObject("/api/actions?team={team}&status=ESCALATED&asAt=2016-04-21",
                JsonNode.class, scenario.team());
        assertThat(escalated.get("actions").findValuesAsText("actionId")).containsExactly(escalatedThenDone);
        JsonNode childBsActions = as("qa-lead").getForObject("/api/actions?childReference={c}&asAt=2016-07-01",
                JsonNode.class, childB);
        assertThat(childBsActions.get("total").asLong()).isEqualTo(3);
        JsonNode revisedAction = as("team-manager").getForObject("/api/actions/{id}?asAt=2016-07-01", JsonNode.class,
                revised);
        assertThat(revisedAction.get("dueDate").asText()).isEqualTo("2016-06-30");
        assertThat(revisedAction.get("originalDueDate").asText()).isEqualTo("2016-04-10");
        assertThat(revisedAction.get("status").asText()).isEqualTo("OUTSTANDING");
    }

    @Test
    void known_at_reproduces_an_earlier_answer_after_a_back_dated_completion() {
        String audit = scenario.scheduleAndJudgeAnAudit("2016-03", "REQUIRES_IMPROVEMENT");
        String action = scenario.agreeAnAction(audit, "TM", "2016-04-10", "2016-03-21");
        JsonNode before = tracker("2016-04-30");
        Instant printed = Instant.now();
        scenario.send("team-manager", "/api/actions/" + action + "/completion",
                "{\"note\":\"Done.\",\"effectiveOn\":\"2016-04-09\"}");

        JsonNode now = tracker("2016-04-30");
        JsonNode reproduced = as("qa-lead").getForObject("/api/action-tracker?team={t}&asAt=2016-04-30&knownAt={k}",
                JsonNode.class, scenario.team(), printed.toString());

        assertThat(before.get("cohorts").get(0).get("outstanding").asLong()).isEqualTo(1);
        assertThat(now.get("cohorts").get(0).get("outstanding").asLong()).isZero();
        assertThat(now.get("cohorts").get(0).get("completed").asLong()).isEqualTo(1);
        assertThat(reproduced.get("cohorts")).isEqualTo(before.get("cohorts"));
    }

    @Test
    void the_breakdown_by_team_shows_where_the_outstanding_actions_are() {
        String audit = scenario.scheduleAndJudgeAnAudit("2016-03", "REQUIRES_IMPROVEMENT");
        scenario.agreeAnAction(audit, "TM", "2016-04-10", "2016-03-21");

        JsonNode byTeam = as("qa-lead").getForObject("/api/action-tracker/teams?cohort=2016-03&asAt=2016-05-01&minPosition={p}",
                JsonNode.class, scenario.lastPosition());

        JsonNode ours = null;
        for (JsonNode row : byTeam.get("cohorts")) {
            if (row.get("group").asText().equals(scenario.team())) {
                ours = row;
            }
        }
        assertThat(ours).isNotNull();
        assertThat(ours.get("outstanding").asLong()).isEqualTo(1);
    }

    @Test
    void an_action_history_names_who_did_what_when_and_why() {
        String audit = scenario.scheduleAndJudgeAnAudit("2016-03", "REQUIRES_IMPROVEMENT");
        String action = scenario.agreeAnAction(audit, "TM", "2016-04-10", "2016-03-21");
        scenario.send("head-of-service", "/api/actions/" + action + "/escalation",
                "{\"reason\":\"Overdue.\",\"effectiveOn\":\"2016-04-12\"}");

        JsonNode history = as("improvement-director").getForObject("/api/actions/{id}/history", JsonNode.class, action);

        assertThat(history.get("entries").findValuesAsText("type")).containsExactly("AuditActionAgreed", "AuditActionEscalated");
        JsonNode escalation = history.get("entries").get(1);
        assertThat(escalation.get("actorUser").asText()).isEqualTo("head-of-service");
        assertThat(escalation.get("actorRole").asText()).isEqualTo("HEAD_OF_SERVICE");
        assertThat(escalation.get("effectiveOn").asText()).isEqualTo("2016-04-12");
        assertThat(escalation.get("why").asText()).isEqualTo("Overdue.");
        assertThat(as("qa-lead").getForEntity("/api/audits/{id}/history", JsonNode.class, audit).getBody()
                .get("entries").findValuesAsText("type")).containsExactly("AuditScheduled", "JudgementsSubmitted");
        assertThat(as("qa-lead").getForEntity("/api/cases-of-concern/{id}/history", JsonNode.class, action)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("qa-lead").getForEntity("/api/actions/{id}/history", JsonNode.class, "no-such-action")
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void bad_parameters_are_answered_400() {
        assertThat(as("qa-lead").getForEntity("/api/action-tracker?from=2016-05&to=2016-01", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as("qa-lead").getForEntity("/api/action-tracker?asAt=31/05/2018", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as("qa-lead").getForEntity("/api/actions?status=LOST", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as("qa-lead").getForEntity("/api/actions?size=100000", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as("integrator").getForEntity("/api/action-tracker", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private List<Long> cohort(String asAt) {
        JsonNode rows = tracker(asAt).get("cohorts");
        assertThat(rows).hasSize(1);
        JsonNode row = rows.get(0);
        assertThat(row.get("group").asText()).isEqualTo("2016-03");
        return List.of(row.get("total").asLong(), row.get("completed").asLong(), row.get("completedLate").asLong(),
                row.get("outstanding").asLong(), row.get("notYetDue").asLong(), row.get("escalated").asLong(),
                row.get("cancelled").asLong(), row.get("casesWithOutstanding").asLong());
    }

    private static List<Long> counts(long total, long completed, long completedLate, long outstanding, long notYetDue,
                                     long escalated, long cancelled, long casesWithOutstanding) {
        return List.of(total, completed, completedLate, outstanding, notYetDue, escalated, cancelled, casesWithOutstanding);
    }

    private JsonNode tracker(String asAt) {
        return as("qa-lead").getForObject("/api/action-tracker?team={t}&asAt={d}&minPosition={p}", JsonNode.class,
                scenario.team(), asAt, scenario.lastPosition());
    }
}
