package uk.caseaudit.concern;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The closed case of concern was reopened and is back on the register.
 */
public record CaseOfConcernReopened(
        String caseOfConcernId,
        String auditId,
        String childReference,
        String team,
        String serviceArea,
        YearMonth auditMonth,
        Category category,
        String worker,
        String reason,
        LocalDate reopenedOn) {
}
