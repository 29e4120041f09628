package uk.caseaudit.projection.trends;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import uk.caseaudit.shared.PracticeArea;

/**
 * A judgement trend table: what was asked for and, per period in order (every period of the range, empty ones too),
 * the count and percentage of each grade.
 */
public record JudgementTrendsView(
        YearMonth from,
        YearMonth to,
        TrendInterval interval,
        PracticeArea area,
        JudgementStage stage,
        LocalDate asAt,
        Instant knownAt,
        List<JudgementTrendRow> periods) {
}
