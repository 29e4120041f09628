package uk.caseaudit.action;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The outstanding action was escalated to the Head of Service.
 */
public record AuditActionEscalated(
        String actionId,
        String auditId,
        String childReference,
        String team,
        String serviceArea,
        YearMonth auditMonth,
        String owner,
        Focus focus,
        LocalDate dueDate,
        String reason,
        LocalDate escalatedOn) {
}
