package uk.caseaudit.concern;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A Head of Service reviewed the case of concern and recorded their assurance.
 */
public record CaseReviewRecorded(
        String caseOfConcernId,
        String auditId,
        String childReference,
        String team,
        String serviceArea,
        YearMonth auditMonth,
        Category category,
        String worker,
        String assurance,
        LocalDate reviewedOn) {
}
