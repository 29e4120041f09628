package uk.caseaudit.action;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Cancels an action that is no longer needed, with a reason.
 *
 * @param effectiveOn the day it was cancelled; today when null
 */
public record CancelAuditAction(
        @TargetAggregateIdentifier String actionId,
        String reason,
        LocalDate effectiveOn,
        @TargetAggregateVersion Long expectedVersion) {
}
