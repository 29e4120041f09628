package uk.caseaudit.concern;

import static uk.caseaudit.concern.CaseOfConcernHistory.CASE_ID;
import static uk.caseaudit.concern.CaseOfConcernHistory.REOPENING_REASON;
import static uk.caseaudit.concern.CaseOfConcernHistory.TODAY;
import static uk.caseaudit.concern.CaseOfConcernHistory.closed;
import static uk.caseaudit.concern.CaseOfConcernHistory.raised;
import static uk.caseaudit.concern.CaseOfConcernHistory.reopened;
import static uk.caseaudit.concern.CaseOfConcernHistory.reviewed;
import static uk.caseaudit.shared.Fixtures.fixtureOn;
import static uk.caseaudit.shared.Refusals.violationOf;

import java.time.LocalDate;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import uk.caseaudit.shared.Rule;

class ReopenCaseOfConcernTest {

    private static final LocalDate CLOSED_ON = LocalDate.of(2018, 5, 11);

    private final FixtureConfiguration<CaseOfConcern> fixture = fixtureOn(CaseOfConcern.class, TODAY);

    @Test
    void reopening_puts_the_case_back_on_the_register_effective_today_when_no_date_is_given() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, CLOSED_ON), closed(Category.CATEGORY_1, CLOSED_ON))
                .when(reopen(null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(reopened(TODAY));
    }

    @Test
    void reopening_keeps_a_back_dated_effective_date_on_the_day_of_closure() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, CLOSED_ON), closed(Category.CATEGORY_1, CLOSED_ON))
                .when(reopen(CLOSED_ON))
                .expectEvents(reopened(CLOSED_ON));
    }

    @Test
    void an_open_case_cannot_be_reopened() {
        fixture.given(raised())
                .when(reopen(null))
                .expectNoEvents()
                .expectException(violationOf(Rule.CASE_OF_CONCERN_OPEN));
    }

    @Test
    void a_reopened_case_cannot_be_reopened_again() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, CLOSED_ON), closed(Category.CATEGORY_1, CLOSED_ON),
                        reopened(CLOSED_ON))
                .when(reopen(null))
                .expectNoEvents()
                .expectException(violationOf(Rule.CASE_OF_CONCERN_OPEN));
    }

    @Test
    void a_reopening_cannot_take_effect_before_the_closure() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, CLOSED_ON), closed(Category.CATEGORY_1, CLOSED_ON))
                .when(reopen(CLOSED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void a_reopening_cannot_take_effect_tomorrow() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, CLOSED_ON), closed(Category.CATEGORY_1, CLOSED_ON))
                .when(reopen(TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_IN_FUTURE));
    }

    private static ReopenCaseOfConcern reopen(LocalDate effectiveOn) {
        return new ReopenCaseOfConcern(CASE_ID, REOPENING_REASON, effectiveOn, null);
    }
}
