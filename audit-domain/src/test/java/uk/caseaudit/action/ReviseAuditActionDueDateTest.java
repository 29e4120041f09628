package uk.caseaudit.action;

import static uk.caseaudit.action.AuditActionHistory.ACTION_ID;
import static uk.caseaudit.action.AuditActionHistory.AGREED_ON;
import static uk.caseaudit.action.AuditActionHistory.DUE_DATE;
import static uk.caseaudit.action.AuditActionHistory.REVISION_REASON;
import static uk.caseaudit.action.AuditActionHistory.TODAY;
import static uk.caseaudit.action.AuditActionHistory.agreed;
import static uk.caseaudit.action.AuditActionHistory.cancelled;
import static uk.caseaudit.action.AuditActionHistory.completed;
import static uk.caseaudit.action.AuditActionHistory.revised;
import static uk.caseaudit.shared.Fixtures.fixtureOn;
import static uk.caseaudit.shared.Refusals.violationOf;

import java.time.LocalDate;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import uk.caseaudit.shared.Rule;

class ReviseAuditActionDueDateTest {

    private static final LocalDate NEW_DUE_DATE = LocalDate.of(2018, 6, 15);
    private static final LocalDate REVISED_ON = LocalDate.of(2018, 5, 20);

    private final FixtureConfiguration<AuditAction> fixture = fixtureOn(AuditAction.class, TODAY);

    @Test
    void revision_moves_the_due_date_keeping_the_original_effective_today_when_no_date_is_given() {
        fixture.given(agreed())
                .when(revise(NEW_DUE_DATE, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(revised(DUE_DATE, NEW_DUE_DATE, TODAY));
    }

    @Test
    void revision_keeps_a_back_dated_effective_date() {
        fixture.given(agreed())
                .when(revise(NEW_DUE_DATE, REVISED_ON))
                .expectEvents(revised(DUE_DATE, NEW_DUE_DATE, REVISED_ON));
    }

    @Test
    void revision_again_keeps_the_original_and_the_previous_due_date_apart() {
        LocalDate secondDueDate = LocalDate.of(2018, 6, 29);
        fixture.given(agreed(), revised(DUE_DATE, NEW_DUE_DATE, REVISED_ON))
                .when(revise(secondDueDate, REVISED_ON))
                .expectEvents(revised(NEW_DUE_DATE, secondDueDate, REVISED_ON));
    }

    @Test
    void revision_may_bring_the_due_date_forward_to_the_day_of_agreement() {
        fixture.given(agreed())
                .when(revise(AGREED_ON, AGREED_ON))
                .expectEvents(revised(DUE_DATE, AGREED_ON, AGREED_ON));
    }

    @Test
    void a_due_date_cannot_be_revised_to_before_the_agreement() {
        fixture.given(agreed())
                .when(revise(AGREED_ON.minusDays(1), null))
                .expectNoEvents()
                .expectException(violationOf(Rule.DUE_DATE_BEFORE_AGREEMENT));
    }

    @Test
    void a_completed_actions_due_date_cannot_be_revised() {
        fixture.given(agreed(), completed(REVISED_ON))
                .when(revise(NEW_DUE_DATE, null))
                .expectNoEvents()
                .expectException(violationOf(Rule.ACTION_COMPLETED));
    }

    @Test
    void a_cancelled_actions_due_date_cannot_be_revised() {
        fixture.given(agreed(), cancelled(REVISED_ON))
                .when(revise(NEW_DUE_DATE, null))
                .expectNoEvents()
                .expectException(violationOf(Rule.ACTION_CANCELLED));
    }

    @Test
    void a_revision_cannot_take_effect_before_the_agreement() {
        fixture.given(agreed())
                .when(revise(NEW_DUE_DATE, AGREED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void a_revision_cannot_take_effect_before_the_last_revision() {
        fixture.given(agreed(), revised(DUE_DATE, NEW_DUE_DATE, REVISED_ON))
                .when(revise(LocalDate.of(2018, 6, 29), REVISED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void a_revision_cannot_take_effect_tomorrow() {
        fixture.given(agreed())
                .when(revise(NEW_DUE_DATE, TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_IN_FUTURE));
    }

    private static ReviseAuditActionDueDate revise(LocalDate dueDate, LocalDate effectiveOn) {
        return new ReviseAuditActionDueDate(ACTION_ID, dueDate, REVISION_REASON, effectiveOn, null);
    }
}
