package uk.caseaudit.concern;

import static uk.caseaudit.concern.CaseOfConcernHistory.ASSURANCE;
import static uk.caseaudit.concern.CaseOfConcernHistory.CASE_ID;
import static uk.caseaudit.concern.CaseOfConcernHistory.RAISED_ON;
import static uk.caseaudit.concern.CaseOfConcernHistory.TODAY;
import static uk.caseaudit.concern.CaseOfConcernHistory.closed;
import static uk.caseaudit.concern.CaseOfConcernHistory.closureRefused;
import static uk.caseaudit.concern.CaseOfConcernHistory.raised;
import static uk.caseaudit.concern.CaseOfConcernHistory.recategorisedToCategory2;
import static uk.caseaudit.concern.CaseOfConcernHistory.reviewed;
import static uk.caseaudit.shared.Fixtures.fixtureOn;
import static uk.caseaudit.shared.Refusals.violationOf;

import java.time.LocalDate;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import uk.caseaudit.shared.Rule;

class RecordCaseReviewTest {

    private static final LocalDate REVIEWED_ON = LocalDate.of(2018, 5, 11);

    private final FixtureConfiguration<CaseOfConcern> fixture = fixtureOn(CaseOfConcern.class, TODAY);

    @Test
    void review_records_the_assurance_effective_today_when_no_date_is_given() {
        fixture.given(raised())
                .when(review(null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(reviewed(Category.CATEGORY_1, TODAY));
    }

    @Test
    void review_keeps_a_back_dated_effective_date() {
        fixture.given(raised())
                .when(review(REVIEWED_ON))
                .expectEvents(reviewed(Category.CATEGORY_1, REVIEWED_ON));
    }

    @Test
    void review_carries_the_category_in_force_after_recategorisation() {
        fixture.given(raised(), recategorisedToCategory2(REVIEWED_ON))
                .when(review(REVIEWED_ON))
                .expectEvents(reviewed(Category.CATEGORY_2, REVIEWED_ON));
    }

    @Test
    void review_may_follow_another_review_on_the_same_day() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, REVIEWED_ON))
                .when(review(REVIEWED_ON))
                .expectEvents(reviewed(Category.CATEGORY_1, REVIEWED_ON));
    }

    @Test
    void a_closed_case_cannot_be_reviewed() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, REVIEWED_ON), closed(Category.CATEGORY_1, REVIEWED_ON))
                .when(review(null))
                .expectNoEvents()
                .expectException(violationOf(Rule.CASE_OF_CONCERN_CLOSED));
    }

    @Test
    void a_review_cannot_take_effect_before_the_case_was_raised() {
        fixture.given(raised())
                .when(review(RAISED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void a_review_cannot_take_effect_before_the_last_step_on_the_case() {
        fixture.given(raised(), closureRefused(REVIEWED_ON))
                .when(review(REVIEWED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void a_review_cannot_take_effect_tomorrow() {
        fixture.given(raised())
                .when(review(TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_IN_FUTURE));
    }

    private static RecordCaseReview review(LocalDate effectiveOn) {
        return new RecordCaseReview(CASE_ID, ASSURANCE, effectiveOn, null);
    }
}
