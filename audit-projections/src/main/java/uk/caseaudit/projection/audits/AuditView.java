package uk.caseaudit.projection.audits;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import uk.caseaudit.audit.AuditType;
import uk.caseaudit.audit.Engagement;
import uk.caseaudit.shared.PracticeArea;

/**
 * One audit as it stood on a day (as known at an instant): what was scheduled, for whom, how far it had come, its
 * grades and the engagement the auditor found.
 *
 * @param submittedOn           the day the auditor's judgements were submitted; null before
 * @param withinTimescale       whether they were submitted on or before the due date; null before
 * @param grades                each graded practice area's auditor grade and latest moderated grade, in area order
 * @param engagement            each party's engagement; null before the judgements were submitted
 * @param moderationRevisions   how many moderations were made (0 when none)
 * @param declaredOn            the day the audit was declared inadmissible; null when it was not
 * @param inadmissibilityReason why it was declared inadmissible; null when it was not
 * @param version               the aggregate version of the audit's last event by then, for {@code If-Match}
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
        LocalDate submittedOn,
        Boolean withinTimescale,
        Map<PracticeArea, JudgementView> grades,
        Engagement engagement,
        int moderationRevisions,
        boolean inadmissible,
        LocalDate declaredOn,
        String inadmissibilityReason,
        AuditStatus status,
        long version) {
}
