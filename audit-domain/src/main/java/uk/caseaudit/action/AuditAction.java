package uk.caseaudit.action;

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
 * A thing a team must do for a child after an audit: agreed, its due date perhaps revised, then completed or
 * cancelled; escalated to the Head of Service when outstanding.
 */
public class AuditAction {

    private static final String LAST_STEP = "last step of the action";

    @AggregateIdentifier
    private String actionId;
    private String auditId;
    private String childReference;
    private String team;
    private String serviceArea;
    private YearMonth auditMonth;
    private String owner;
    private Focus focus;
    private LocalDate agreedOn;
    private LocalDate originalDueDate;
    private LocalDate dueDate;
    private boolean completed;
    private boolean cancelled;
    private boolean escalated;
    private LocalDate lastStepOn;

    protected AuditAction() {
        // for Axon's event sourcing
    }

    /**
     * Opens the action; only the {@code Audit} calls this (through {@code AggregateLifecycle.createNew}), after checking
     * that its judgements were submitted.
     */
    public AuditAction(AuditActionAgreed agreed) {
        apply(agreed);
    }

    @CommandHandler
    void handle(ReviseAuditActionDueDate command, Clock clock) {
        LocalDate revisedOn = EffectiveDate.resolve(command.effectiveOn(), clock);
        refuseWhenCompletedOrCancelled();
        if (command.dueDate().isBefore(agreedOn)) {
            throw new RuleViolation(Rule.DUE_DATE_BEFORE_AGREEMENT,
                    "The due date " + command.dueDate() + " is before the action was agreed (" + agreedOn + ").");
        }
        EffectiveDate.notBefore(revisedOn, lastStepOn, LAST_STEP);
        apply(new AuditActionDueDateRevised(actionId, auditId, childReference, team, serviceArea, auditMonth, owner,
                focus, command.dueDate(), originalDueDate, dueDate, command.reason(), revisedOn));
    }

    @CommandHandler
    void handle(CompleteAuditAction command, Clock clock) {
        LocalDate completedOn = EffectiveDate.resolve(command.effectiveOn(), clock);
        refuseWhenCompletedOrCancelled();
        EffectiveDate.notBefore(completedOn, lastStepOn, LAST_STEP);
        apply(new AuditActionCompleted(actionId, auditId, childReference, team, serviceArea, auditMonth, owner, focus,
                dueDate, command.note(), completedOn.isAfter(dueDate), completedOn));
    }

    @CommandHandler
    void handle(EscalateAuditAction command, Clock clock) {
        LocalDate escalatedOn = EffectiveDate.resolve(command.effectiveOn(), clock);
        if (completed) {
            throw new RuleViolation(Rule.ACTION_NOT_OUTSTANDING, "The action is completed.");
        }
        if (cancelled) {
            throw new RuleViolation(Rule.ACTION_NOT_OUTSTANDING, "The action is cancelled.");
        }
        if (!dueDate.isBefore(escalatedOn)) {
            throw new RuleViolation(Rule.ACTION_NOT_OUTSTANDING,
                    "The action is due on " + dueDate + ", so it is not outstanding on " + escalatedOn + ".");
        }
        if (escalated) {
            throw new RuleViolation(Rule.ACTION_ALREADY_ESCALATED, "The action is already escalated.");
        }
        EffectiveDate.notBefore(escalatedOn, lastStepOn, LAST_STEP);
        apply(new AuditActionEscalated(actionId, auditId, childReference, team, serviceArea, auditMonth, owner, focus,
                dueDate, command.reason(), escalatedOn));
    }

    @CommandHandler
    void handle(CancelAuditAction command, Clock clock) {
        LocalDate cancelledOn = EffectiveDate.resolve(command.effectiveOn(), clock);
        refuseWhenCompletedOrCancelled();
        EffectiveDate.notBefore(cancelledOn, lastStepOn, LAST_STEP);
        apply(new AuditActionCancelled(actionId, auditId, childReference, team, serviceArea, auditMonth, owner, focus,
                dueDate, command.reason(), cancelledOn));
    }

    private void refuseWhenCompletedOrCancelled() {
        if (completed) {
            throw new RuleViolation(Rule.ACTION_COMPLETED, "The action is completed.");
        }
        if (cancelled) {
            throw new RuleViolation(Rule.ACTION_CANCELLED, "The action is cancelled.");
        }
    }

    @EventSourcingHandler
    void on(AuditActionAgreed event) {
        actionId = event.actionId();
        auditId = event.auditId();
        childReference = event.childReference();
        team = event.team();
        serviceArea = event.serviceArea();
        auditMonth = event.auditMonth();
        owner = event.owner();
        focus = event.focus();
        agreedOn = event.agreedOn();
        originalDueDate = event.dueDate();
        dueDate = event.dueDate();
        lastStepOn = event.agreedOn();
    }

    @EventSourcingHandler
    void on(AuditActionDueDateRevised event) {
        dueDate = event.dueDate();
        lastStepOn = event.revisedOn();
    }

    @EventSourcingHandler
    void on(AuditActionCompleted event) {
        completed = true;
        lastStepOn = event.completedOn();
    }

    @EventSourcingHandler
    void on(AuditActionEscalated event) {
        escalated = true;
        lastStepOn = event.escalatedOn();
    }

    @EventSourcingHandler
    void on(AuditActionCancelled event) {
        cancelled = true;
        lastStepOn = event.cancelledOn();
    }
}
