package uk.caseaudit.concern;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The Improvement Director signed the case of concern off the register.
 */
public record CaseOfConcernClosed(
        String caseOfConcernId,
        String auditId,
        String childReference,
        String team,
        String serviceArea,
        YearMonth auditMonth,
        Category category,
        String worker,
        String rationale,
        LocalDate closedOn) {
}
