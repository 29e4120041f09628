package uk.caseaudit.projection.trends;

import java.math.BigDecimal;

/** How many audits of a period had one grade, and what percentage of the period's total that is. */
public record GradeCount(int count, BigDecimal percent) {
}
