package uk.caseaudit.action;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Escalates an outstanding action to the Head of Service, with a reason.
 *
 * @param effectiveOn the day of the escalation; today when null
 */
public record EscalateAuditAction(
        @TargetAggregateIdentifier String actionId,
        String reason,
        LocalDate effectiveOn,
        @TargetAggregateVersion Long expectedVersion) {
}
