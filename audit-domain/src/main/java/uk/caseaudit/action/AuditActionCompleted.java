package uk.caseaudit.action;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The action was completed; {@code late} when completed after the due date in force ({@code dueDate}).
 */
public record AuditActionCompleted(
        String actionId,
        String auditId,
        String childReference,
        String team,
        String serviceArea,
        YearMonth auditMonth,
        String owner,
        Focus focus,
        LocalDate dueDate,
        String note,
        boolean late,
        LocalDate completedOn) {
}
