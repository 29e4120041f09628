package uk.caseaudit.action;

import static uk.caseaudit.action.AuditActionHistory.ACTION_ID;
import static uk.caseaudit.action.AuditActionHistory.DUE_DATE;
import static uk.caseaudit.action.AuditActionHistory.ESCALATION_REASON;
import static uk.caseaudit.action.AuditActionHistory.TODAY;
import static uk.caseaudit.action.AuditActionHistory.agreed;
import static uk.caseaudit.action.AuditActionHistory.cancelled;
import static uk.caseaudit.action.AuditActionHistory.completed;
import static uk.caseaudit.action.AuditActionHistory.escalated;
import static uk.caseaudit.action.AuditActionHistory.revised;
import static uk.caseaudit.shared.Fixtures.fixtureOn;
import static uk.caseaudit.shared.Refusals.violationOf;

import java.time.LocalDate;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import uk.caseaudit.shared.Rule;

class EscalateAuditActionTest {


    private final FixtureConfiguration<AuditAction> fixture = fixtureOn(AuditAction.class, TODAY);

    @Test
    void escalation_of_an_outstanding_action_is_recorded_effective_today_when_no_date_is_given() {
        fixture.given(agreed())
                .when(escalate(null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(escalated(TODAY));
    }

    @Test
    void escalation_keeps_a_back_dated_effective_date_the_day_after_the_due_date() {
        LocalDate dayAfter = DUE_DATE.plusDays(1);
        fixture.given(agreed())
                .when(escalate(dayAfter))
                .expectEvents(escalated(dayAfter));
    }

    @Test
    void an_action_is_not_outstanding_on_its_due_date_so_cannot_be_escalated() {
        fixture.given(agreed())
                .when(escalate(DUE_DATE))
                .expectNoEvents()
                .expectException(violationOf(Rule.ACTION_NOT_OUTSTANDING));
    }

    @Test
    void an_action_whose_revised_due_date_has_not_come_cannot_be_escalated() {
        fixture.given(agreed(), revised(DUE_DATE, LocalDate.of(2018, 6, 15), LocalDate.of(2018, 5, 20)))
                .when(escalate(null))
                .expectNoEvents()
                .expectException(violationOf(Rule.ACTION_NOT_OUTSTANDING));
    }

    @Test
    void a_completed_action_cannot_be_escalated() {
        fixture.given(agreed(), completed(DUE_DATE.plusDays(1)))
                .when(escalate(null))
                .expectNoEvents()
                .expectException(violationOf(Rule.ACTION_NOT_OUTSTANDING));
    }

    @Test
    void a_cancelled_action_cannot_be_escalated() {
        fixture.given(agreed(), cancelled(DUE_DATE))
                .when(escalate(null))
                .expectNoEvents()
                .expectException(violationOf(Rule.ACTION_NOT_OUTSTANDING));
    }

    @Test
    void an_escalated_action_cannot_be_escalated_again() {
        fixture.given(agreed(), escalated(DUE_DATE.plusDays(1)))
                .when(escalate(null))
                .expectNoEvents()
                .expectException(violationOf(Rule.ACTION_ALREADY_ESCALATED));
    }

    @Test
    void an_escalation_cannot_take_effect_before_the_last_revision() {
        fixture.given(agreed(), revised(DUE_DATE, LocalDate.of(2018, 6, 1), LocalDate.of(2018, 6, 3)))
                .when(escalate(LocalDate.of(2018, 6, 2)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void an_escalation_cannot_take_effect_tomorrow() {
        fixture.given(agreed())
                .when(escalate(TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_IN_FUTURE));
    }

    private static EscalateAuditAction escalate(LocalDate effectiveOn) {
        return new EscalateAuditAction(ACTION_ID, ESCALATION_REASON, effectiveOn, null);
    }
}
