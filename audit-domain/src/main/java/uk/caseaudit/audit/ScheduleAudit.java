package uk.caseaudit.audit;

import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Schedules an audit of one child's case for a month of the programme.
 *
 * @param effectiveOn the day it was scheduled; today when null
 */
public record ScheduleAudit(
        @TargetAggregateIdentifier String auditId,
        YearMonth auditMonth,
        String childReference,
        String team,
        String serviceArea,
        AuditType auditType,
        String auditor,
        LocalDate dueDate,
        LocalDate effectiveOn) {
}
