package uk.caseaudit.audit;

import static uk.caseaudit.audit.AuditHistory.AUDIT_ID;
import static uk.caseaudit.audit.AuditHistory.MODERATION_RATIONALE;
import static uk.caseaudit.audit.AuditHistory.TODAY;
import static uk.caseaudit.audit.AuditHistory.declaredInadmissible;
import static uk.caseaudit.audit.AuditHistory.moderated;
import static uk.caseaudit.audit.AuditHistory.scheduled;
import static uk.caseaudit.audit.AuditHistory.submitted;
import static uk.caseaudit.shared.Fixtures.fixtureOn;
import static uk.caseaudit.shared.Refusals.violationOf;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import uk.caseaudit.shared.Grade;
import uk.caseaudit.shared.PracticeArea;
import uk.caseaudit.shared.Rule;

class ModerateJudgementTest {

    private static final LocalDate SUBMITTED_ON = LocalDate.of(2018, 5, 20);
    private static final LocalDate FIRST_MODERATED_ON = LocalDate.of(2018, 5, 28);
    /** The moderator changes OVERALL (auditor: REQUIRES_IMPROVEMENT) and agrees SAFETY. */
    private static final Map<PracticeArea, Grade> MODERATED = Map.of(
            PracticeArea.OVERALL, Grade.INADEQUATE,
            PracticeArea.SAFETY, Grade.REQUIRES_IMPROVEMENT);
    private static final Map<PracticeArea, Grade> AUDITORS = Map.of(
            PracticeArea.OVERALL, Grade.REQUIRES_IMPROVEMENT,
            PracticeArea.SAFETY, Grade.REQUIRES_IMPROVEMENT);

    private final FixtureConfiguration<Audit> fixture = fixtureOn(Audit.class, TODAY);

    @Test
    void moderation_records_revision_1_beside_the_auditors_grades_effective_today_when_no_date_is_given() {
        fixture.given(scheduled(), submitted(Grade.REQUIRES_IMPROVEMENT, SUBMITTED_ON))
                .when(moderate(MODERATED, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(moderated(1, MODERATED, AUDITORS, TODAY));
    }

    @Test
    void moderation_keeps_a_back_dated_effective_date() {
        fixture.given(scheduled(), submitted(Grade.REQUIRES_IMPROVEMENT, SUBMITTED_ON))
                .when(moderate(MODERATED, SUBMITTED_ON))
                .expectEvents(moderated(1, MODERATED, AUDITORS, SUBMITTED_ON));
    }

    @Test
    void moderation_revised_later_is_kept_as_the_next_revision_beside_the_auditors_grade() {
        Map<PracticeArea, Grade> revised = Map.of(PracticeArea.OVERALL, Grade.REQUIRES_IMPROVEMENT);
        fixture.given(scheduled(), submitted(Grade.REQUIRES_IMPROVEMENT, SUBMITTED_ON),
                        moderated(1, MODERATED, AUDITORS, FIRST_MODERATED_ON))
                .when(moderate(revised, FIRST_MODERATED_ON))
                .expectEvents(moderated(2, revised, Map.of(PracticeArea.OVERALL, Grade.REQUIRES_IMPROVEMENT),
                        FIRST_MODERATED_ON));
    }

    @Test
    void no_grade_can_be_moderated_before_the_judgements_are_submitted() {
        fixture.given(scheduled())
                .when(moderate(MODERATED, null))
                .expectNoEvents()
                .expectException(violationOf(Rule.GRADE_NOT_SUBMITTED));
    }

    @Test
    void no_grade_can_be_moderated_for_a_practice_area_the_auditor_did_not_grade() {
        fixture.given(scheduled(), submitted(Grade.REQUIRES_IMPROVEMENT, SUBMITTED_ON))
                .when(moderate(Map.of(PracticeArea.OVERALL, Grade.INADEQUATE, PracticeArea.VOICE, Grade.GOOD), null))
                .expectNoEvents()
                .expectException(violationOf(Rule.GRADE_NOT_SUBMITTED));
    }

    @Test
    void a_moderation_must_grade_at_least_one_practice_area() {
        fixture.given(scheduled(), submitted(Grade.REQUIRES_IMPROVEMENT, SUBMITTED_ON))
                .when(moderate(Map.of(), null))
                .expectNoEvents()
                .expectException(violationOf(Rule.NO_PRACTICE_AREA_MODERATED));
    }

    @Test
    void an_inadmissible_audit_cannot_be_moderated() {
        fixture.given(scheduled(), submitted(Grade.REQUIRES_IMPROVEMENT, SUBMITTED_ON),
                        declaredInadmissible(SUBMITTED_ON))
                .when(moderate(MODERATED, null))
                .expectNoEvents()
                .expectException(violationOf(Rule.AUDIT_INADMISSIBLE));
    }

    @Test
    void a_moderation_cannot_take_effect_before_the_judgements_were_submitted() {
        fixture.given(scheduled(), submitted(Grade.REQUIRES_IMPROVEMENT, SUBMITTED_ON))
                .when(moderate(MODERATED, SUBMITTED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void a_moderation_cannot_take_effect_before_the_last_moderation() {
        fixture.given(scheduled(), submitted(Grade.REQUIRES_IMPROVEMENT, SUBMITTED_ON),
                        moderated(1, MODERATED, AUDITORS, FIRST_MODERATED_ON))
                .when(moderate(MODERATED, FIRST_MODERATED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void a_moderation_cannot_take_effect_tomorrow() {
        fixture.given(scheduled(), submitted(Grade.REQUIRES_IMPROVEMENT, SUBMITTED_ON))
                .when(moderate(MODERATED, TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_IN_FUTURE));
    }

    @Test
    void a_moderation_against_the_current_expected_version_succeeds() {
        fixture.given(scheduled(), submitted(Grade.REQUIRES_IMPROVEMENT, SUBMITTED_ON))
                .when(new ModerateJudgement(AUDIT_ID, MODERATED, MODERATION_RATIONALE, SUBMITTED_ON, 1L))
                .expectEvents(moderated(1, MODERATED, AUDITORS, SUBMITTED_ON));
    }

    @Test
    void a_moderation_against_a_stale_expected_version_is_a_conflict() {
        fixture.given(scheduled(), submitted(Grade.REQUIRES_IMPROVEMENT, SUBMITTED_ON))
                .when(new ModerateJudgement(AUDIT_ID, MODERATED, MODERATION_RATIONALE, SUBMITTED_ON, 0L))
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }

    private static ModerateJudgement moderate(Map<PracticeArea, Grade> grades, LocalDate effectiveOn) {
        return new ModerateJudgement(AUDIT_ID, grades, MODERATION_RATIONALE, effectiveOn, null);
    }
}
