package uk.caseaudit.concern;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A child's case was put on the register of cases of concern from an inadequate audit.
 */
public record CaseOfConcernRaised(
        String caseOfConcernId,
        String auditId,
        String childReference,
        String team,
        String serviceArea,
        YearMonth auditMonth,
        Category category,
        String concerns,
        String worker,
        LocalDate raisedOn) {
}
