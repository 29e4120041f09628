package uk.caseaudit.action;

import static uk.caseaudit.action.AuditActionHistory.ACTION_ID;
import static uk.caseaudit.action.AuditActionHistory.AGREED_ON;
import static uk.caseaudit.action.AuditActionHistory.AUDIT_ID;
import static uk.caseaudit.action.AuditActionHistory.CHILD;
import static uk.caseaudit.action.AuditActionHistory.DUE_DATE;
import static uk.caseaudit.action.AuditActionHistory.MAY_2018;
import static uk.caseaudit.action.AuditActionHistory.OWNER;
import static uk.caseaudit.action.AuditActionHistory.SERVICE_AREA;
import static uk.caseaudit.action.AuditActionHistory.TEAM;
import static uk.caseaudit.action.AuditActionHistory.TODAY;
import static uk.caseaudit.action.AuditActionHistory.agreed;
import static uk.caseaudit.action.AuditActionHistory.cancelled;
import static uk.caseaudit.action.AuditActionHistory.completed;
import static uk.caseaudit.action.AuditActionHistory.escalated;
import static uk.caseaudit.action.AuditActionHistory.revised;
import static uk.caseaudit.shared.Fixtures.fixtureOn;
import static uk.caseaudit.shared.Refusals.violationOf;

import java.time.LocalDate;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import uk.caseaudit.shared.Rule;

class CompleteAuditActionTest {

    private static final String NOTE = "Visited; the plan now names who does what.";

    private final FixtureConfiguration<AuditAction> fixture = fixtureOn(AuditAction.class, TODAY);

    @Test
    void completion_after_the_due_date_is_late_effective_today_when_no_date_is_given() {
        fixture.given(agreed())
                .when(complete(null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AuditActionCompleted(ACTION_ID, AUDIT_ID, CHILD, TEAM, SERVICE_AREA, MAY_2018,
                        OWNER, Focus.IMPACT, DUE_DATE, NOTE, true, TODAY));
    }

    @Test
    void completion_keeps_a_back_dated_effective_date_and_is_on_time_on_the_due_date() {
        fixture.given(agreed())
                .when(complete(DUE_DATE))
                .expectEvents(new AuditActionCompleted(ACTION_ID, AUDIT_ID, CHILD, TEAM, SERVICE_AREA, MAY_2018,
                        OWNER, Focus.IMPACT, DUE_DATE, NOTE, false, DUE_DATE));
    }

    @Test
    void completion_is_judged_against_the_revised_due_date_in_force() {
        LocalDate revisedDueDate = LocalDate.of(2018, 6, 15);
        fixture.given(agreed(), revised(DUE_DATE, revisedDueDate, LocalDate.of(2018, 5, 20)))
                .when(complete(null))
                .expectEvents(new AuditActionCompleted(ACTION_ID, AUDIT_ID, CHILD, TEAM, SERVICE_AREA, MAY_2018,
                        OWNER, Focus.IMPACT, revisedDueDate, NOTE, false, TODAY));
    }

    @Test
    void completion_may_follow_escalation() {
        fixture.given(agreed(), escalated(LocalDate.of(2018, 6, 1)))
                .when(complete(null))
                .expectEvents(new AuditActionCompleted(ACTION_ID, AUDIT_ID, CHILD, TEAM, SERVICE_AREA, MAY_2018,
                        OWNER, Focus.IMPACT, DUE_DATE, NOTE, true, TODAY));
    }

    @Test
    void a_completed_action_cannot_be_completed_again() {
        fixture.given(agreed(), completed(DUE_DATE))
                .when(complete(null))
                .expectNoEvents()
                .expectException(violationOf(Rule.ACTION_COMPLETED));
    }

    @Test
    void a_cancelled_action_cannot_be_completed() {
        fixture.given(agreed(), cancelled(DUE_DATE))
                .when(complete(null))
                .expectNoEvents()
                .expectException(violationOf(Rule.ACTION_CANCELLED));
    }

    @Test
    void a_completion_cannot_take_effect_before_the_agreement() {
        fixture.given(agreed())
                .when(complete(AGREED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void a_completion_cannot_take_effect_before_the_last_revision() {
        LocalDate revisedOn = LocalDate.of(2018, 5, 20);
        fixture.given(agreed(), revised(DUE_DATE, LocalDate.of(2018, 6, 15), revisedOn))
                .when(complete(revisedOn.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void a_completion_cannot_take_effect_tomorrow() {
        fixture.given(agreed())
                .when(complete(TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_IN_FUTURE));
    }

    @Test
    void a_completion_against_a_stale_expected_version_is_a_conflict() {
        fixture.given(agreed(), escalated(LocalDate.of(2018, 6, 1)))
                .when(new CompleteAuditAction(ACTION_ID, NOTE, null, 0L))
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }

    private static CompleteAuditAction complete(LocalDate effectiveOn) {
        return new CompleteAuditAction(ACTION_ID, NOTE, effectiveOn, null);
    }
}
