package uk.caseaudit.concern;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The Improvement Director refused to close the case of concern; it stays open.
 */
public record CaseOfConcernClosureRefused(
        String caseOfConcernId,
        String auditId,
        String childReference,
        String team,
        String serviceArea,
        YearMonth auditMonth,
        Category category,
        String worker,
        String reason,
        LocalDate refusedOn) {
}
