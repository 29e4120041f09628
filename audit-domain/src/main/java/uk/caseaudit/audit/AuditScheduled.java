package uk.caseaudit.audit;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An audit of one child's case was scheduled for a month of the programme, due by {@code dueDate}.
 */
public record AuditScheduled(
        String auditId,
        YearMonth auditMonth,
        String childReference,
        String team,
        String serviceArea,
        AuditType auditType,
        String auditor,
        LocalDate dueDate,
        LocalDate scheduledOn) {
}
