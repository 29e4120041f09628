package uk.caseaudit.action;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The action was cancelled and will not be completed.
 */
public record AuditActionCancelled(
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
        LocalDate cancelledOn) {
}
