package uk.caseaudit.action;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Agrees an action for the team holding the child's case after an audit; the audit handles it and opens the action.
 *
 * @param team the team that must take the action
 * @param effectiveOn the day it was agreed; today when null
 */
public record AgreeAuditAction(
        @TargetAggregateIdentifier String auditId,
        String actionId,
        String description,
        String owner,
        String team,
        LocalDate dueDate,
        Focus focus,
        LocalDate effectiveOn,
        @TargetAggregateVersion Long expectedVersion) {
}
