package uk.caseaudit.audit;

import static uk.caseaudit.audit.AuditHistory.AUDIT_ID;
import static uk.caseaudit.audit.AuditHistory.CHILD;
import static uk.caseaudit.audit.AuditHistory.MAY_2018;
import static uk.caseaudit.audit.AuditHistory.SERVICE_AREA;
import static uk.caseaudit.audit.AuditHistory.TEAM;
import static uk.caseaudit.audit.AuditHistory.TODAY;
import static uk.caseaudit.audit.AuditHistory.declaredInadmissible;
import static uk.caseaudit.audit.AuditHistory.moderated;
import static uk.caseaudit.audit.AuditHistory.scheduled;
import static uk.caseaudit.audit.AuditHistory.submitted;
import static uk.caseaudit.shared.Fixtures.fixtureOn;
import static uk.caseaudit.shared.Refusals.violationOf;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import uk.caseaudit.concern.CaseOfConcernRaised;
import uk.caseaudit.concern.Category;
import uk.caseaudit.concern.RaiseCaseOfConcern;
import uk.caseaudit.shared.Grade;
import uk.caseaudit.shared.PracticeArea;
import uk.caseaudit.shared.Rule;

/**
 * The audit raises the case; the fixture's default repository provider creates the {@code CaseOfConcern} in the same
 * event store, so its {@code CaseOfConcernRaised} is the event expected here.
 */
class RaiseCaseOfConcernTest {

    private static final LocalDate SUBMITTED_ON = LocalDate.of(2018, 5, 20);
    private static final String CONCERNS = "No risk assessment after the latest referral.";

    private final FixtureConfiguration<Audit> fixture = fixtureOn(Audit.class, TODAY);

    @Test
    void raising_opens_a_case_effective_today_when_the_auditors_overall_grade_is_inadequate() {
        fixture.given(scheduled(), submitted(Grade.INADEQUATE, SUBMITTED_ON))
                .when(raise(null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(raised(TODAY));
    }

    @Test
    void no_case_can_be_raised_for_another_child_than_the_audits() {
        fixture.given(scheduled(), submitted(Grade.INADEQUATE, SUBMITTED_ON))
                .when(new RaiseCaseOfConcern(AUDIT_ID, "case-1", "9999999", Category.CATEGORY_1, CONCERNS, null, null,
                        null))
                .expectNoEvents()
                .expectException(violationOf(Rule.CHILD_REFERENCE_MISMATCH));
    }

    @Test
    void raising_keeps_a_back_dated_effective_date() {
        fixture.given(scheduled(), submitted(Grade.INADEQUATE, SUBMITTED_ON))
                .when(raise(SUBMITTED_ON))
                .expectEvents(raised(SUBMITTED_ON));
    }

    @Test
    void raising_follows_the_moderated_overall_grade_over_the_auditors() {
        LocalDate moderatedOn = LocalDate.of(2018, 5, 28);
        fixture.given(scheduled(), submitted(Grade.REQUIRES_IMPROVEMENT, SUBMITTED_ON),
                        moderated(1, Map.of(PracticeArea.OVERALL, Grade.INADEQUATE),
                                Map.of(PracticeArea.OVERALL, Grade.REQUIRES_IMPROVEMENT), moderatedOn))
                .when(raise(moderatedOn))
                .expectEvents(raised(moderatedOn));
    }

    @Test
    void raising_keeps_the_auditors_overall_grade_when_moderation_left_it_alone() {
        fixture.given(scheduled(), submitted(Grade.INADEQUATE, SUBMITTED_ON),
                        moderated(1, Map.of(PracticeArea.SAFETY, Grade.INADEQUATE),
                                Map.of(PracticeArea.SAFETY, Grade.REQUIRES_IMPROVEMENT), LocalDate.of(2018, 5, 28)))
                .when(raise(SUBMITTED_ON))
                .expectEvents(raised(SUBMITTED_ON));
    }

    @Test
    void no_case_can_be_raised_when_moderation_raised_the_overall_grade_above_inadequate() {
        fixture.given(scheduled(), submitted(Grade.INADEQUATE, SUBMITTED_ON),
                        moderated(1, Map.of(PracticeArea.OVERALL, Grade.REQUIRES_IMPROVEMENT),
                                Map.of(PracticeArea.OVERALL, Grade.INADEQUATE), LocalDate.of(2018, 5, 28)))
                .when(raise(null))
                .expectNoEvents()
                .expectException(violationOf(Rule.OVERALL_GRADE_NOT_INADEQUATE));
    }

    @Test
    void no_case_can_be_raised_when_the_auditors_overall_grade_is_requires_improvement() {
        fixture.given(scheduled(), submitted(Grade.REQUIRES_IMPROVEMENT, SUBMITTED_ON))
                .when(raise(null))
                .expectNoEvents()
                .expectException(violationOf(Rule.OVERALL_GRADE_NOT_INADEQUATE));
    }

    @Test
    void no_case_can_be_raised_before_the_judgements_are_submitted() {
        fixture.given(scheduled())
                .when(raise(null))
                .expectNoEvents()
                .expectException(violationOf(Rule.OVERALL_GRADE_NOT_INADEQUATE));
    }

    @Test
    void no_case_can_be_raised_from_an_inadmissible_audit() {
        fixture.given(scheduled(), submitted(Grade.INADEQUATE, SUBMITTED_ON),
                        declaredInadmissible(LocalDate.of(2018, 5, 22)))
                .when(raise(null))
                .expectNoEvents()
                .expectException(violationOf(Rule.AUDIT_INADMISSIBLE));
    }

    @Test
    void raising_cannot_take_effect_before_the_inadequate_grade_was_submitted() {
        fixture.given(scheduled(), submitted(Grade.INADEQUATE, SUBMITTED_ON))
                .when(raise(SUBMITTED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void raising_cannot_take_effect_before_the_inadequate_grade_was_moderated() {
        LocalDate moderatedOn = LocalDate.of(2018, 5, 28);
        fixture.given(scheduled(), submitted(Grade.REQUIRES_IMPROVEMENT, SUBMITTED_ON),
                        moderated(1, Map.of(PracticeArea.OVERALL, Grade.INADEQUATE),
                                Map.of(PracticeArea.OVERALL, Grade.REQUIRES_IMPROVEMENT), moderatedOn))
                .when(raise(moderatedOn.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void raising_cannot_take_effect_tomorrow() {
        fixture.given(scheduled(), submitted(Grade.INADEQUATE, SUBMITTED_ON))
                .when(raise(TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_IN_FUTURE));
    }

    private static RaiseCaseOfConcern raise(LocalDate effectiveOn) {
        return new RaiseCaseOfConcern(AUDIT_ID, "case-1", CHILD, Category.CATEGORY_1, CONCERNS, "Sam Worker", effectiveOn,
                null);
    }

    private static CaseOfConcernRaised raised(LocalDate raisedOn) {
        return new CaseOfConcernRaised("case-1", AUDIT_ID, CHILD, TEAM, SERVICE_AREA, MAY_2018, Category.CATEGORY_1,
                CONCERNS, "Sam Worker", raisedOn);
    }
}
