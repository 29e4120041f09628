package uk.caseaudit.projection.register;

import java.time.LocalDate;
import java.time.YearMonth;
import uk.caseaudit.concern.Category;

/**
 * One case of concern on the register as it stood on a day.
 *
 * @param category the category in force on that day
 * @param worker the worker holding the child's case; null when none was recorded
 * @param daysOnRegister for an open case, the days from the raised date to the day asked about; for a closed
 *                       one, from the raised date to the closure
 * @param lastReviewOn the day of the last Head of Service review; null when none
 * @param category1ReviewLate whether the case is Category 1 and no Head of Service review was recorded by the
 *                            working day after it became Category 1 (raised, re-categorised or reopened)
 * @param closedOn the day of the sign-off; null while open
 * @param signOffRationale the Improvement Director's rationale for the sign-off; null while open
 * @param signOffBy the user who signed the case off; null while open
 * @param version the aggregate version of the case's last event on that day, for {@code If-Match}
 */
public record RegisterRow(
        String caseOfConcernId,
        String auditId,
        String childReference,
        String team,
        String serviceArea,
        YearMonth auditMonth,
        Category category,
        String worker,
        CaseStatus status,
        LocalDate raisedOn,
        long daysOnRegister,
        LocalDate lastReviewOn,
        boolean category1ReviewLate,
        LocalDate closedOn,
        String signOffRationale,
        String signOffBy,
        long version) {
}
