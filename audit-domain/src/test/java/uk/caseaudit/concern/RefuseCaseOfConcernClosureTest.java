package uk.caseaudit.concern;

import static uk.caseaudit.concern.CaseOfConcernHistory.CASE_ID;
import static uk.caseaudit.concern.CaseOfConcernHistory.RAISED_ON;
import static uk.caseaudit.concern.CaseOfConcernHistory.REFUSAL_REASON;
import static uk.caseaudit.concern.CaseOfConcernHistory.TODAY;
import static uk.caseaudit.concern.CaseOfConcernHistory.closed;
import static uk.caseaudit.concern.CaseOfConcernHistory.closureRefused;
import static uk.caseaudit.concern.CaseOfConcernHistory.raised;
import static uk.caseaudit.concern.CaseOfConcernHistory.reviewed;
import static uk.caseaudit.shared.Fixtures.fixtureOn;
import static uk.caseaudit.shared.Refusals.violationOf;

import java.time.LocalDate;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import uk.caseaudit.shared.Rule;

class RefuseCaseOfConcernClosureTest {

    private static final LocalDate REVIEWED_ON = LocalDate.of(2018, 5, 11);

    private final FixtureConfiguration<CaseOfConcern> fixture = fixtureOn(CaseOfConcern.class, TODAY);

    @Test
    void refusal_keeps_the_case_open_effective_today_when_no_date_is_given() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, REVIEWED_ON))
                .when(refuse(null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(closureRefused(TODAY));
    }

    @Test
    void refusal_keeps_a_back_dated_effective_date() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, REVIEWED_ON))
                .when(refuse(REVIEWED_ON))
                .expectEvents(closureRefused(REVIEWED_ON));
    }

    @Test
    void refusal_needs_no_review() {
        fixture.given(raised())
                .when(refuse(RAISED_ON))
                .expectEvents(closureRefused(RAISED_ON));
    }

    @Test
    void closure_cannot_be_refused_for_a_closed_case() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, REVIEWED_ON), closed(Category.CATEGORY_1, REVIEWED_ON))
                .when(refuse(null))
                .expectNoEvents()
                .expectException(violationOf(Rule.CASE_OF_CONCERN_CLOSED));
    }

    @Test
    void a_refusal_cannot_take_effect_before_the_last_review() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, REVIEWED_ON))
                .when(refuse(REVIEWED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void a_refusal_cannot_take_effect_tomorrow() {
        fixture.given(raised(), reviewed(Category.CATEGORY_1, REVIEWED_ON))
                .when(refuse(TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_IN_FUTURE));
    }

    private static RefuseCaseOfConcernClosure refuse(LocalDate effectiveOn) {
        return new RefuseCaseOfConcernClosure(CASE_ID, REFUSAL_REASON, effectiveOn, null);
    }
}
