package uk.caseaudit.concern;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The case of concern moved from {@code previousCategory} to {@code category}, which is now in force.
 */
public record CaseOfConcernRecategorised(
        String caseOfConcernId,
        String auditId,
        String childReference,
        String team,
        String serviceArea,
        YearMonth auditMonth,
        Category category,
        String worker,
        Category previousCategory,
        String reason,
        LocalDate recategorisedOn) {
}
