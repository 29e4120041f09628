package uk.caseaudit.action;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Moves an open action's due date, with a reason; the original due date is kept.
 *
 * @param effectiveOn the day of the revision; today when null
 */
public record ReviseAuditActionDueDate(
        @TargetAggregateIdentifier String actionId,
        LocalDate dueDate,
        String reason,
        LocalDate effectiveOn,
        @TargetAggregateVersion Long expectedVersion) {
}
