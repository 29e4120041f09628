package uk.caseaudit.action;

import static uk.caseaudit.action.AuditActionHistory.ACTION_ID;
import static uk.caseaudit.action.AuditActionHistory.AGREED_ON;
import static uk.caseaudit.action.AuditActionHistory.CANCELLATION_REASON;
import static uk.caseaudit.action.AuditActionHistory.DUE_DATE;
import static uk.caseaudit.action.AuditActionHistory.TODAY;
import static uk.caseaudit.action.AuditActionHistory.agreed;
import static uk.caseaudit.action.AuditActionHistory.cancelled;
import static uk.caseaudit.action.AuditActionHistory.completed;
import static uk.caseaudit.action.AuditActionHistory.escalated;
import static uk.caseaudit.shared.Fixtures.fixtureOn;
import static uk.caseaudit.shared.Refusals.violationOf;

import java.time.LocalDate;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import uk.caseaudit.shared.Rule;

class CancelAuditActionTest {


    private final FixtureConfiguration<AuditAction> fixture = fixtureOn(AuditAction.class, TODAY);

    @Test
    void cancellation_records_the_reason_effective_today_when_no_date_is_given() {
        fixture.given(agreed())
                .when(cancel(null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(cancelled(TODAY));
    }

    @Test
    void cancellation_keeps_a_back_dated_effective_date() {
        fixture.given(agreed())
                .when(cancel(AGREED_ON))
                .expectEvents(cancelled(AGREED_ON));
    }

    @Test
    void cancellation_may_follow_escalation() {
        fixture.given(agreed(), escalated(DUE_DATE.plusDays(1)))
                .when(cancel(null))
                .expectEvents(cancelled(TODAY));
    }

    @Test
    void a_completed_action_cannot_be_cancelled() {
        fixture.given(agreed(), completed(DUE_DATE))
                .when(cancel(null))
                .expectNoEvents()
                .expectException(violationOf(Rule.ACTION_COMPLETED));
    }

    @Test
    void a_cancelled_action_cannot_be_cancelled_again() {
        fixture.given(agreed(), cancelled(DUE_DATE))
                .when(cancel(null))
                .expectNoEvents()
                .expectException(violationOf(Rule.ACTION_CANCELLED));
    }

    @Test
    void a_cancellation_cannot_take_effect_before_the_agreement() {
        fixture.given(agreed())
                .when(cancel(AGREED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void a_cancellation_cannot_take_effect_before_the_escalation() {
        fixture.given(agreed(), escalated(DUE_DATE.plusDays(2)))
                .when(cancel(DUE_DATE.plusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void a_cancellation_cannot_take_effect_tomorrow() {
        fixture.given(agreed())
                .when(cancel(TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_IN_FUTURE));
    }

    private static CancelAuditAction cancel(LocalDate effectiveOn) {
        return new CancelAuditAction(ACTION_ID, CANCELLATION_REASON, effectiveOn, null);
    }
}
