package uk.caseaudit.projection.audits;

import java.time.LocalDate;
import java.time.YearMonth;
import uk.caseaudit.audit.AuditType;

/**
 * One audit as it stands now: what was scheduled, for whom, and how far it has come.
 *
 * @param version the aggregate version of the audit's last event, for {@code If-Match}
 */
public record AuditView(
        String auditId,
        YearMonth auditMonth,
        String childReference,
        String team,
        String serviceArea,
        AuditType auditType,
        String auditor,
        LocalDate dueDate,
        LocalDate scheduledOn,
        AuditStatus status,
        long version) {
}
