package uk.caseaudit.audit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import uk.caseaudit.shared.Grade;
import uk.caseaudit.shared.PracticeArea;

/**
 * The auditor submitted the audit's judgements; {@code withinTimescale} when submitted on or before the due date.
 */
public record JudgementsSubmitted(
        String auditId,
        YearMonth auditMonth,
        String childReference,
        String team,
        String serviceArea,
        AuditType auditType,
        String auditor,
        LocalDate dueDate,
        Map<PracticeArea, Grade> grades,
        Engagement engagement,
        String summary,
        boolean withinTimescale,
        LocalDate submittedOn) {
}
