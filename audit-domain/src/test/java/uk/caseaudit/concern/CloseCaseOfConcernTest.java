package uk.caseaudit.concern;

import static uk.caseaudit.concern.CaseOfConcernHistory.CASE_ID;
import static uk.caseaudit.concern.CaseOfConcernHistory.CLOSURE_RATIONALE;
import static uk.caseaudit.concern.CaseOfConcernHistory.TODAY;
import static uk.caseaudit.concern.CaseOfConcernHistory.closed;
import static uk.caseaudit.concern.CaseOfConcernHistory.closureRefused;
import static uk.caseaudit.concern.CaseOfConcernHistory.raised;
import static uk.caseaudit.concern.CaseOfConcernHistory.recategorisedToCategory2;
import static uk.caseaudit.concern.CaseOfConcernHistory.reopened;
import static uk.caseaudit.concern.CaseOfConcernHistory.reviewed;
import static uk.caseaudit.shared.Fixtures.fixtureOn;
import static uk.caseaudit.shared.Refusals.violationOf;

import java.time.LocalDate;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import uk.caseaudit.shared.Rule;

class CloseCaseOfConcernTest {

    private static final LocalDate REVIEWED_ON = LocalDate.of(2018, 5, 11);

    private final FixtureConfiguration<CaseOfConcern> fixture = fixtureOn(CaseOfConcern.class, TODAY);

    @Test
    void closure_signs_the_case_off_effective_today_when_no_date_is_given() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, REVIEWED_ON))
                .when(close(null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(closed(Category.CATEGORY_1, TODAY));
    }

    @Test
    void closure_keeps_a_back_dated_effective_date_on_the_day_of_the_review() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, REVIEWED_ON))
                .when(close(REVIEWED_ON))
                .expectEvents(closed(Category.CATEGORY_1, REVIEWED_ON));
    }

    @Test
    void closure_counts_a_review_recorded_before_a_refused_closure() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, REVIEWED_ON), closureRefused(REVIEWED_ON.plusDays(1)))
                .when(close(REVIEWED_ON.plusDays(1)))
                .expectEvents(closed(Category.CATEGORY_1, REVIEWED_ON.plusDays(1)));
    }

    @Test
    void closure_carries_the_category_in_force_after_a_review_since_recategorisation() {
        fixture.given(raised(), recategorisedToCategory2(REVIEWED_ON), reviewed(Category.CATEGORY_2, REVIEWED_ON))
                .when(close(REVIEWED_ON))
                .expectEvents(closed(Category.CATEGORY_2, REVIEWED_ON));
    }

    @Test
    void a_case_cannot_be_closed_without_a_review_since_it_was_raised() {
        fixture.given(raised())
                .when(close(null))
                .expectNoEvents()
                .expectException(violationOf(Rule.REVIEW_REQUIRED_BEFORE_CLOSURE));
    }

    @Test
    void a_case_cannot_be_closed_without_a_review_since_it_was_recategorised() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, REVIEWED_ON), recategorisedToCategory2(REVIEWED_ON))
                .when(close(null))
                .expectNoEvents()
                .expectException(violationOf(Rule.REVIEW_REQUIRED_BEFORE_CLOSURE));
    }

    @Test
    void a_case_cannot_be_closed_without_a_review_since_it_was_reopened() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, REVIEWED_ON), closed(Category.CATEGORY_1, REVIEWED_ON),
                        reopened(REVIEWED_ON.plusDays(7)))
                .when(close(null))
                .expectNoEvents()
                .expectException(violationOf(Rule.REVIEW_REQUIRED_BEFORE_CLOSURE));
    }

    @Test
    void a_closed_case_cannot_be_closed_again() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, REVIEWED_ON), closed(Category.CATEGORY_1, REVIEWED_ON))
                .when(close(null))
                .expectNoEvents()
                .expectException(violationOf(Rule.CASE_OF_CONCERN_CLOSED));
    }

    @Test
    void a_closure_cannot_take_effect_before_the_last_review() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, REVIEWED_ON))
                .when(close(REVIEWED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void a_closure_cannot_take_effect_before_a_refused_closure() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, REVIEWED_ON), closureRefused(REVIEWED_ON.plusDays(2)))
                .when(close(REVIEWED_ON.plusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void a_closure_cannot_take_effect_tomorrow() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, REVIEWED_ON))
                .when(close(TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_IN_FUTURE));
    }

    @Test
    void a_closure_against_a_stale_expected_version_is_a_conflict() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, REVIEWED_ON))
                .when(new CloseCaseOfConcern(CASE_ID, CLOSURE_RATIONALE, null, 0L))
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }

    private static CloseCaseOfConcern close(LocalDate effectiveOn) {
        return new CloseCaseOfConcern(CASE_ID, CLOSURE_RATIONALE, effectiveOn, null);
    }
}
