package uk.caseaudit.projection.trends;

import java.math.BigDecimal;
import java.util.Map;
import uk.caseaudit.shared.Grade;

/**
 * One period of a judgement trend table: each of the four grades (always all four, in scale order) with its count and
 * percentage of the period's total; and good or better (OUTSTANDING + GOOD). Percentages have one decimal, rounded
 * half up, and are 0.0 when the total is 0; the counts stand beside them because samples are small.
 *
 * @param period a month ({@code 2018-05}) or a financial-year quarter ({@code 2018-19 Q1})
 */
public record JudgementTrendRow(
        String period,
        Map<Grade, GradeCount> grades,
        int total,
        int goodOrBetter,
        BigDecimal goodOrBetterPercent) {
}
