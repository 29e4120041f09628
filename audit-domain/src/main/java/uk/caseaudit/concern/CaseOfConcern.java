package uk.caseaudit.concern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.caseaudit.shared.EffectiveDate;
import uk.caseaudit.shared.Rule;
import uk.caseaudit.shared.RuleViolation;

/**
 * One child's case on the register of cases of concern: raised from an inadequate audit, reviewed by a Head of
 * Service, re-categorised, signed off (or not) by the Improvement Director, and perhaps reopened.
 */
public class CaseOfConcern {

    private static final String LAST_STEP = "last step of the case of concern";

    @AggregateIdentifier
    private String caseOfConcernId;
    private String auditId;
    private String childReference;
    private String team;
    private String serviceArea;
    private YearMonth auditMonth;
    private String worker;
    private Category category;
    private boolean open;
    /** Whether a review was recorded since the case was raised, last re-categorised or last reopened. */
    private boolean reviewedSinceLastReset;
    private LocalDate lastStepOn;

    protected CaseOfConcern() {
        // for Axon's event sourcing
    }

    /**
     * Opens the case; only the {@code Audit} calls this (through {@code AggregateLifecycle.createNew}), after checking
     * that its overall grade is inadequate.
     */
    public CaseOfConcern(CaseOfConcernRaised raised) {
        apply(raised);
    }

    @CommandHandler
    void handle(RecordCaseReview command, Clock clock) {
        LocalDate reviewedOn = EffectiveDate.resolve(command.effectiveOn(), clock);
        refuseWhenClosed();
        EffectiveDate.notBefore(reviewedOn, lastStepOn, LAST_STEP);
        apply(new CaseReviewRecorded(caseOfConcernId, auditId, childReference, team, serviceArea, auditMonth,
                category, worker, command.assurance(), reviewedOn));
    }

    @CommandHandler
    void handle(RecategoriseCaseOfConcern command, Clock clock) {
        LocalDate recategorisedOn = EffectiveDate.resolve(command.effectiveOn(), clock);
        refuseWhenClosed();
        if (command.category() == category) {
            throw new RuleViolation(Rule.CATEGORY_UNCHANGED, "The case of concern is already " + category + ".");
        }
        EffectiveDate.notBefore(recategorisedOn, lastStepOn, LAST_STEP);
        apply(new CaseOfConcernRecategorised(caseOfConcernId, auditId, childReference, team, serviceArea, auditMonth,
                command.category(), worker, category, command.reason(), recategorisedOn));
    }

    @CommandHandler
    void handle(CloseCaseOfConcern command, Clock clock) {
        LocalDate closedOn = EffectiveDate.resolve(command.effectiveOn(), clock);
        refuseWhenClosed();
        if (!reviewedSinceLastReset) {
            throw new RuleViolation(Rule.REVIEW_REQUIRED_BEFORE_CLOSURE,
                    "No review was recorded since the case of concern was raised, last re-categorised or reopened.");
        }
        EffectiveDate.notBefore(closedOn, lastStepOn, LAST_STEP);
        apply(new CaseOfConcernClosed(caseOfConcernId, auditId, childReference, team, serviceArea, auditMonth,
                category, worker, command.rationale(), closedOn));
    }

    @CommandHandler
    void handle(RefuseCaseOfConcernClosure command, Clock clock) {
        LocalDate refusedOn = EffectiveDate.resolve(command.effectiveOn(), clock);
        refuseWhenClosed();
        EffectiveDate.notBefore(refusedOn, lastStepOn, LAST_STEP);
        apply(new CaseOfConcernClosureRefused(caseOfConcernId, auditId, childReference, team, serviceArea,
                auditMonth, category, worker, command.reason(), refusedOn));
    }

    @CommandHandler
    void handle(ReopenCaseOfConcern command, Clock clock) {
        LocalDate reopenedOn = EffectiveDate.resolve(command.effectiveOn(), clock);
        if (open) {
            throw new RuleViolation(Rule.CASE_OF_CONCERN_OPEN, "The case of concern is open.");
        }
        EffectiveDate.notBefore(reopenedOn, lastStepOn, "closure of the case of concern");
        apply(new CaseOfConcernReopened(caseOfConcernId, auditId, childReference, team, serviceArea, auditMonth,
                category, worker, command.reason(), reopenedOn));
    }

    private void refuseWhenClosed() {
        if (!open) {
            throw new RuleViolation(Rule.CASE_OF_CONCERN_CLOSED, "The case of concern is closed.");
        }
    }

    @EventSourcingHandler
    void on(CaseOfConcernRaised event) {
        caseOfConcernId = event.caseOfConcernId();
        auditId = event.auditId();
        childReference = event.childReference();
        team = event.team();
        serviceArea = event.serviceArea();
        auditMonth = event.auditMonth();
        worker = event.worker();
        category = event.category();
        open = true;
        reviewedSinceLastReset = false;
        lastStepOn = event.raisedOn();
    }

    @EventSourcingHandler
    void on(CaseReviewRecorded event) {
        reviewedSinceLastReset = true;
        lastStepOn = event.reviewedOn();
    }

    @EventSourcingHandler
    void on(CaseOfConcernRecategorised event) {
        category = event.category();
        reviewedSinceLastReset = false;
        lastStepOn = event.recategorisedOn();
    }

    @EventSourcingHandler
    void on(CaseOfConcernClosed event) {
        open = false;
        lastStepOn = event.closedOn();
    }

    @EventSourcingHandler
    void on(CaseOfConcernClosureRefused event) {
        lastStepOn = event.refusedOn();
    }

    @EventSourcingHandler
    void on(CaseOfConcernReopened event) {
        open = true;
        reviewedSinceLastReset = false;
        lastStepOn = event.reopenedOn();
    }
}
