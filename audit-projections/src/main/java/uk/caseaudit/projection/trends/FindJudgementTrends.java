package uk.caseaudit.projection.trends;

import java.time.YearMonth;
import uk.caseaudit.audit.AuditType;
import uk.caseaudit.projection.readmodel.AsAt;
import uk.caseaudit.shared.PracticeArea;

/**
 * Finds, per period of the audit months {@code from} to {@code to}, how many audits had each grade for {@code area}
 * at {@code stage}, as at {@code asAt}: only audits submitted by then, not declared inadmissible by then, graded for
 * the area, and matching every non-null filter. Answers a {@link JudgementTrendsView}.
 */
public record FindJudgementTrends(
        YearMonth from,
        YearMonth to,
        TrendInterval interval,
        PracticeArea area,
        JudgementStage stage,
        String serviceArea,
        String team,
        AuditType auditType,
        AsAt asAt) {
}
