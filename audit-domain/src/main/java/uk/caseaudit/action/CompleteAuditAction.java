package uk.caseaudit.action;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Completes an action, with a note.
 *
 * @param effectiveOn the day it was completed; today when null
 */
public record CompleteAuditAction(
        @TargetAggregateIdentifier String actionId,
        String note,
        LocalDate effectiveOn,
        @TargetAggregateVersion Long expectedVersion) {
}
