package uk.caseaudit.audit;

import static uk.caseaudit.audit.AuditHistory.AUDITOR;
import static uk.caseaudit.audit.AuditHistory.AUDIT_ID;
import static uk.caseaudit.audit.AuditHistory.CHILD;
import static uk.caseaudit.audit.AuditHistory.DUE_DATE;
import static uk.caseaudit.audit.AuditHistory.ENGAGEMENT;
import static uk.caseaudit.audit.AuditHistory.MAY_2018;
import static uk.caseaudit.audit.AuditHistory.SCHEDULED_ON;
import static uk.caseaudit.audit.AuditHistory.SERVICE_AREA;
import static uk.caseaudit.audit.AuditHistory.SUMMARY;
import static uk.caseaudit.audit.AuditHistory.TEAM;
import static uk.caseaudit.audit.AuditHistory.TODAY;
import static uk.caseaudit.audit.AuditHistory.declaredInadmissible;
import static uk.caseaudit.audit.AuditHistory.scheduled;
import static uk.caseaudit.audit.AuditHistory.submitted;
import static uk.caseaudit.shared.Fixtures.fixtureOn;
import static uk.caseaudit.shared.Refusals.violationOf;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import uk.caseaudit.shared.Grade;
import uk.caseaudit.shared.PracticeArea;
import uk.caseaudit.shared.Rule;

class SubmitJudgementsTest {

    private static final Map<PracticeArea, Grade> GRADES = Map.of(
            PracticeArea.OVERALL, Grade.REQUIRES_IMPROVEMENT,
            PracticeArea.SAFETY, Grade.INADEQUATE,
            PracticeArea.VOICE, Grade.GOOD);

    private final FixtureConfiguration<Audit> fixture = fixtureOn(Audit.class, TODAY);

    @Test
    void submission_records_the_judgements_effective_today_when_no_date_is_given_late_after_the_due_date() {
        fixture.given(scheduled())
                .when(submit(GRADES, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new JudgementsSubmitted(AUDIT_ID, MAY_2018, CHILD, TEAM, SERVICE_AREA,
                        AuditType.CASE_FILE, AUDITOR, DUE_DATE, GRADES, ENGAGEMENT, SUMMARY, false, TODAY));
    }

    @Test
    void submission_keeps_a_back_dated_effective_date() {
        LocalDate submittedOn = LocalDate.of(2018, 5, 14);
        fixture.given(scheduled())
                .when(submit(GRADES, submittedOn))
                .expectEvents(new JudgementsSubmitted(AUDIT_ID, MAY_2018, CHILD, TEAM, SERVICE_AREA,
                        AuditType.CASE_FILE, AUDITOR, DUE_DATE, GRADES, ENGAGEMENT, SUMMARY, true, submittedOn));
    }

    @Test
    void submission_is_within_timescale_on_the_due_date() {
        fixture.given(scheduled())
                .when(submit(GRADES, DUE_DATE))
                .expectEvents(new JudgementsSubmitted(AUDIT_ID, MAY_2018, CHILD, TEAM, SERVICE_AREA,
                        AuditType.CASE_FILE, AUDITOR, DUE_DATE, GRADES, ENGAGEMENT, SUMMARY, true, DUE_DATE));
    }

    @Test
    void submission_is_not_within_timescale_the_day_after_the_due_date() {
        LocalDate dayAfter = DUE_DATE.plusDays(1);
        fixture.given(scheduled())
                .when(submit(GRADES, dayAfter))
                .expectEvents(new JudgementsSubmitted(AUDIT_ID, MAY_2018, CHILD, TEAM, SERVICE_AREA,
                        AuditType.CASE_FILE, AUDITOR, DUE_DATE, GRADES, ENGAGEMENT, SUMMARY, false, dayAfter));
    }

    @Test
    void submission_may_grade_overall_alone() {
        Map<PracticeArea, Grade> overallOnly = Map.of(PracticeArea.OVERALL, Grade.GOOD);
        fixture.given(scheduled())
                .when(submit(overallOnly, DUE_DATE))
                .expectEvents(new JudgementsSubmitted(AUDIT_ID, MAY_2018, CHILD, TEAM, SERVICE_AREA,
                        AuditType.CASE_FILE, AUDITOR, DUE_DATE, overallOnly, ENGAGEMENT, SUMMARY, true, DUE_DATE));
    }

    @Test
    void judgements_without_an_overall_grade_cannot_be_submitted() {
        fixture.given(scheduled())
                .when(submit(Map.of(PracticeArea.SAFETY, Grade.INADEQUATE), null))
                .expectNoEvents()
                .expectException(violationOf(Rule.OVERALL_GRADE_REQUIRED));
    }

    @Test
    void judgements_without_any_grade_cannot_be_submitted() {
        fixture.given(scheduled())
                .when(submit(null, null))
                .expectNoEvents()
                .expectException(violationOf(Rule.OVERALL_GRADE_REQUIRED));
    }

    @Test
    void judgements_cannot_be_submitted_twice_because_changes_go_through_moderation() {
        fixture.given(scheduled(), submitted(Grade.GOOD, LocalDate.of(2018, 5, 14)))
                .when(submit(GRADES, null))
                .expectNoEvents()
                .expectException(violationOf(Rule.JUDGEMENTS_ALREADY_SUBMITTED));
    }

    @Test
    void no_judgements_can_be_submitted_for_an_inadmissible_audit() {
        fixture.given(scheduled(), declaredInadmissible(LocalDate.of(2018, 5, 3)))
                .when(submit(GRADES, null))
                .expectNoEvents()
                .expectException(violationOf(Rule.AUDIT_INADMISSIBLE));
    }

    @Test
    void a_submission_cannot_take_effect_before_the_audit_was_scheduled() {
        fixture.given(scheduled())
                .when(submit(GRADES, SCHEDULED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void a_submission_cannot_take_effect_tomorrow() {
        fixture.given(scheduled())
                .when(submit(GRADES, TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_IN_FUTURE));
    }

    @Test
    void a_submission_against_the_current_expected_version_succeeds() {
        fixture.given(scheduled())
                .when(new SubmitJudgements(AUDIT_ID, GRADES, ENGAGEMENT, SUMMARY, DUE_DATE, 0L))
                .expectEvents(new JudgementsSubmitted(AUDIT_ID, MAY_2018, CHILD, TEAM, SERVICE_AREA,
                        AuditType.CASE_FILE, AUDITOR, DUE_DATE, GRADES, ENGAGEMENT, SUMMARY, true, DUE_DATE));
    }

    private static SubmitJudgements submit(Map<PracticeArea, Grade> grades, LocalDate effectiveOn) {
        return new SubmitJudgements(AUDIT_ID, grades, ENGAGEMENT, SUMMARY, effectiveOn, null);
    }
}
