package uk.caseaudit.concern;

import static uk.caseaudit.concern.CaseOfConcernHistory.CASE_ID;
import static uk.caseaudit.concern.CaseOfConcernHistory.RAISED_ON;
import static uk.caseaudit.concern.CaseOfConcernHistory.RECATEGORISATION_REASON;
import static uk.caseaudit.concern.CaseOfConcernHistory.TODAY;
import static uk.caseaudit.concern.CaseOfConcernHistory.closed;
import static uk.caseaudit.concern.CaseOfConcernHistory.raised;
import static uk.caseaudit.concern.CaseOfConcernHistory.recategorised;
import static uk.caseaudit.concern.CaseOfConcernHistory.recategorisedToCategory2;
import static uk.caseaudit.concern.CaseOfConcernHistory.reviewed;
import static uk.caseaudit.shared.Fixtures.fixtureOn;
import static uk.caseaudit.shared.Refusals.violationOf;

import java.time.LocalDate;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import uk.caseaudit.shared.Rule;

class RecategoriseCaseOfConcernTest {

    private static final LocalDate RECATEGORISED_ON = LocalDate.of(2018, 5, 14);

    private final FixtureConfiguration<CaseOfConcern> fixture = fixtureOn(CaseOfConcern.class, TODAY);

    @Test
    void recategorisation_records_both_categories_effective_today_when_no_date_is_given() {
        fixture.given(raised())
                .when(recategorise(Category.CATEGORY_2, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(recategorised(Category.CATEGORY_2, Category.CATEGORY_1, TODAY));
    }

    @Test
    void recategorisation_keeps_a_back_dated_effective_date() {
        fixture.given(raised())
                .when(recategorise(Category.CATEGORY_2, RECATEGORISED_ON))
                .expectEvents(recategorised(Category.CATEGORY_2, Category.CATEGORY_1, RECATEGORISED_ON));
    }

    @Test
    void recategorisation_may_move_back_to_the_first_category() {
        fixture.given(raised(), recategorisedToCategory2(RECATEGORISED_ON))
                .when(recategorise(Category.CATEGORY_1, RECATEGORISED_ON))
                .expectEvents(recategorised(Category.CATEGORY_1, Category.CATEGORY_2, RECATEGORISED_ON));
    }

    @Test
    void a_case_cannot_be_recategorised_to_the_category_it_already_has() {
        fixture.given(raised())
                .when(recategorise(Category.CATEGORY_1, null))
                .expectNoEvents()
                .expectException(violationOf(Rule.CATEGORY_UNCHANGED));
    }

    @Test
    void a_closed_case_cannot_be_recategorised() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, RECATEGORISED_ON),
                        closed(Category.CATEGORY_1, RECATEGORISED_ON))
                .when(recategorise(Category.CATEGORY_2, null))
                .expectNoEvents()
                .expectException(violationOf(Rule.CASE_OF_CONCERN_CLOSED));
    }

    @Test
    void a_recategorisation_cannot_take_effect_before_the_last_review() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, RECATEGORISED_ON))
                .when(recategorise(Category.CATEGORY_2, RECATEGORISED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void a_recategorisation_cannot_take_effect_before_the_case_was_raised() {
        fixture.given(raised())
                .when(recategorise(Category.CATEGORY_2, RAISED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void a_recategorisation_cannot_take_effect_tomorrow() {
        fixture.given(raised())
                .when(recategorise(Category.CATEGORY_2, TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_IN_FUTURE));
    }

    private static RecategoriseCaseOfConcern recategorise(Category category, LocalDate effectiveOn) {
        return new RecategoriseCaseOfConcern(CASE_ID, category, RECATEGORISATION_REASON, effectiveOn, null);
    }
}
