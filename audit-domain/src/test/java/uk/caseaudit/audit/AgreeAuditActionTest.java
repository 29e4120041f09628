package uk.caseaudit.audit;

import static uk.caseaudit.audit.AuditHistory.AUDIT_ID;
import static uk.caseaudit.audit.AuditHistory.CHILD;
import static uk.caseaudit.audit.AuditHistory.MAY_2018;
import static uk.caseaudit.audit.AuditHistory.SERVICE_AREA;
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
import uk.caseaudit.action.AgreeAuditAction;
import uk.caseaudit.action.AuditActionAgreed;
import uk.caseaudit.action.Focus;
import uk.caseaudit.shared.Grade;
import uk.caseaudit.shared.PracticeArea;
import uk.caseaudit.shared.Rule;

/**
 * The audit agrees the action; the fixture's default repository provider creates the {@code AuditAction} in the same
 * event store, so its {@code AuditActionAgreed} is the event expected here.
 */
class AgreeAuditActionTest {

    private static final LocalDate SUBMITTED_ON = LocalDate.of(2018, 5, 20);
    private static final String DESCRIPTION = "Visit the child and update the safety plan.";
    private static final String OWNER = "Pat Team Manager";
    /** The team that must act, not necessarily the team the audit was scheduled for. */
    private static final String ACTION_TEAM = "Gloucester Team 3";
    private static final LocalDate ACTION_DUE = LocalDate.of(2018, 6, 15);

    private final FixtureConfiguration<Audit> fixture = fixtureOn(Audit.class, TODAY);

    @Test
    void agreement_opens_an_action_in_the_audit_months_cohort_effective_today_when_no_date_is_given() {
        fixture.given(scheduled(), submitted(Grade.REQUIRES_IMPROVEMENT, SUBMITTED_ON))
                .when(agree(ACTION_DUE, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(agreed(ACTION_DUE, TODAY));
    }

    @Test
    void agreement_keeps_a_back_dated_effective_date() {
        fixture.given(scheduled(), submitted(Grade.REQUIRES_IMPROVEMENT, SUBMITTED_ON))
                .when(agree(ACTION_DUE, SUBMITTED_ON))
                .expectEvents(agreed(ACTION_DUE, SUBMITTED_ON));
    }

    @Test
    void agreement_may_be_due_on_the_day_it_is_agreed_after_moderation() {
        fixture.given(scheduled(), submitted(Grade.REQUIRES_IMPROVEMENT, SUBMITTED_ON),
                        moderated(1, Map.of(PracticeArea.OVERALL, Grade.INADEQUATE),
                                Map.of(PracticeArea.OVERALL, Grade.REQUIRES_IMPROVEMENT), LocalDate.of(2018, 5, 28)))
                .when(agree(TODAY, null))
                .expectEvents(agreed(TODAY, TODAY));
    }

    @Test
    void no_action_can_be_agreed_before_the_judgements_are_submitted() {
        fixture.given(scheduled())
                .when(agree(ACTION_DUE, null))
                .expectNoEvents()
                .expectException(violationOf(Rule.JUDGEMENTS_NOT_SUBMITTED));
    }

    @Test
    void no_action_can_be_agreed_for_an_inadmissible_audit() {
        fixture.given(scheduled(), submitted(Grade.REQUIRES_IMPROVEMENT, SUBMITTED_ON),
                        declaredInadmissible(SUBMITTED_ON))
                .when(agree(ACTION_DUE, null))
                .expectNoEvents()
                .expectException(violationOf(Rule.AUDIT_INADMISSIBLE));
    }

    @Test
    void an_action_cannot_be_due_before_it_is_agreed() {
        fixture.given(scheduled(), submitted(Grade.REQUIRES_IMPROVEMENT, SUBMITTED_ON))
                .when(agree(TODAY.minusDays(1), null))
                .expectNoEvents()
                .expectException(violationOf(Rule.DUE_DATE_BEFORE_AGREEMENT));
    }

    @Test
    void an_agreement_cannot_take_effect_before_the_judgements_were_submitted() {
        fixture.given(scheduled(), submitted(Grade.REQUIRES_IMPROVEMENT, SUBMITTED_ON))
                .when(agree(ACTION_DUE, SUBMITTED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void an_agreement_cannot_take_effect_tomorrow() {
        fixture.given(scheduled(), submitted(Grade.REQUIRES_IMPROVEMENT, SUBMITTED_ON))
                .when(agree(ACTION_DUE, TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_IN_FUTURE));
    }

    private static AgreeAuditAction agree(LocalDate dueDate, LocalDate effectiveOn) {
        return new AgreeAuditAction(AUDIT_ID, "action-1", DESCRIPTION, OWNER, ACTION_TEAM, dueDate, Focus.IMPACT,
                effectiveOn, null);
    }

    private static AuditActionAgreed agreed(LocalDate dueDate, LocalDate agreedOn) {
        return new AuditActionAgreed("action-1", AUDIT_ID, CHILD, ACTION_TEAM, SERVICE_AREA, MAY_2018, OWNER,
                DESCRIPTION, dueDate, Focus.IMPACT, agreedOn);
    }
}
