package uk.caseaudit.projection.register;

import java.time.LocalDate;
import java.time.YearMonth;
import uk.caseaudit.concern.Category;

/**
 * One case of concern as it stood on a day: its register row and the latest of each of its steps.
 *
 * @param raisedBy the user who raised it
 * @param concerns the concerns given when it was raised
 * @param categorySince the day the category in force took effect (raised, re-categorised or reopened)
 * @param reviewedSinceCategorySince whether a Head of Service review was recorded since {@code categorySince}
 *                                   (closing needs one)
 * @param daysOnRegister for an open case, the days from the raised date to the day asked about; for a closed
 *                       one, from the raised date to the closure
 * @param category1ReviewLate whether the case is Category 1 and no Head of Service review was recorded by the
 *                            working day after {@code categorySince}
 * @param lastAssurance the assurance of the last Head of Service review; null when none
 * @param closedOn the day of the sign-off; null while open (also after a reopening)
 * @param lastRefusalOn the day the Improvement Director last refused closure; null when never
 * @param reopenedOn the day it was last reopened; null when never
 * @param lastStepOn the effective day of its last step by the day asked about
 * @param version the aggregate version of that step, for {@code If-Match}
 */
public record CaseOfConcernView(
        String caseOfConcernId,
        String auditId,
        String childReference,
        String team,
        String serviceArea,
        YearMonth auditMonth,
        Category category,
        LocalDate categorySince,
        String worker,
        CaseStatus status,
        LocalDate raisedOn,
        String raisedBy,
        String concerns,
        long daysOnRegister,
        boolean reviewedSinceCategorySince,
        boolean category1ReviewLate,
        LocalDate lastReviewOn,
        String lastAssurance,
        String lastReviewedBy,
        LocalDate closedOn,
        String signOffRationale,
        String signOffBy,
        LocalDate lastRefusalOn,
        String lastRefusalReason,
        LocalDate reopenedOn,
        String reopenReason,
        LocalDate lastStepOn,
        long version) {
}
