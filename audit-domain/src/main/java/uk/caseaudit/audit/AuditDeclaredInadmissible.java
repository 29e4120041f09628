package uk.caseaudit.audit;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The audit was declared inadmissible: it stays in the programme counts but not in the judgement tables.
 */
public record AuditDeclaredInadmissible(
        String auditId,
        YearMonth auditMonth,
        String childReference,
        String team,
        String serviceArea,
        AuditType auditType,
        String reason,
        LocalDate declaredOn) {
}
