package uk.caseaudit.audit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.caseaudit.shared.EffectiveDate;
import uk.caseaudit.shared.Rule;
import uk.caseaudit.shared.RuleViolation;

/**
 * One audit of a child's case: scheduled, judged by its auditor, moderated, or declared inadmissible.
 */
public class Audit {

    @AggregateIdentifier
    private String auditId;
    private LocalDate scheduledOn;

    protected Audit() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Audit(ScheduleAudit command, Clock clock) {
        LocalDate scheduledOn = EffectiveDate.resolve(command.effectiveOn(), clock);
        if (command.dueDate().isBefore(scheduledOn)) {
            throw new RuleViolation(Rule.DUE_DATE_BEFORE_SCHEDULING,
                    "The due date " + command.dueDate() + " is before the audit was scheduled (" + scheduledOn + ").");
        }
        apply(new AuditScheduled(command.auditId(), command.auditMonth(), command.childReference(),
                command.team(), command.serviceArea(), command.auditType(), command.auditor(),
                command.dueDate(), scheduledOn));
    }

    @EventSourcingHandler
    void on(AuditScheduled event) {
        auditId = event.auditId();
        scheduledOn = event.scheduledOn();
    }
}
