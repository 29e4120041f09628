package uk.caseaudit.action;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The action's due date moved from {@code previousDueDate} to {@code dueDate}, which is now in force.
 */
public record AuditActionDueDateRevised(
        String actionId,
        String auditId,
        String childReference,
        String team,
        String serviceArea,
        YearMonth auditMonth,
        String owner,
        Focus focus,
        LocalDate dueDate,
        LocalDate originalDueDate,
        LocalDate previousDueDate,
        String reason,
        LocalDate revisedOn) {
}
