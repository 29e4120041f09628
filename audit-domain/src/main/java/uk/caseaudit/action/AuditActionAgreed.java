package uk.caseaudit.action;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An action was agreed after an audit; it belongs to the cohort of the audit's month ({@code auditMonth}).
 */
public record AuditActionAgreed(
        String actionId,
        String auditId,
        String childReference,
        String team,
        String serviceArea,
        YearMonth auditMonth,
        String owner,
        String description,
        LocalDate dueDate,
        Focus focus,
        LocalDate agreedOn) {
}
