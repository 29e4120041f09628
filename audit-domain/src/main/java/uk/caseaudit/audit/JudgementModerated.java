package uk.caseaudit.audit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import uk.caseaudit.shared.Grade;
import uk.caseaudit.shared.PracticeArea;

/**
 * A revision (1, 2, ...) of the audit's moderation: the moderated {@code grades} beside the auditor's for those areas.
 */
public record JudgementModerated(
        String auditId,
        YearMonth auditMonth,
        String childReference,
        String team,
        String serviceArea,
        AuditType auditType,
        Map<PracticeArea, Grade> grades,
        Map<PracticeArea, Grade> auditorGrades,
        String rationale,
        int revision,
        LocalDate moderatedOn) {
}
