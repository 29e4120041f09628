package uk.caseaudit.projection.register;

import io.swagger.v3.oas.annotations.media.Schema;
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
        @Schema(example = "9e2d7a41-6b3c-4f8e-8d15-3a7c0b2e4f60") String caseOfConcernId,
        @Schema(example = "5b0f7c1e-8d7a-4c55-9a43-1f0e6f2a9c11") String auditId,
        @Schema(example = "5067991") String childReference,
        @Schema(example = "Chelt Assess") String team,
        @Schema(example = "Safeguarding") String serviceArea,
        @Schema(example = "2018-05") YearMonth auditMonth,
        Category category,
        LocalDate categorySince,
        @Schema(example = "Agency SW (Gloucester Team 7)") String worker,
        CaseStatus status,
        LocalDate raisedOn,
        @Schema(example = "head-of-service") String raisedBy,
        @Schema(example = "No risk assessment after the second referral.") String concerns,
        @Schema(example = "12") long daysOnRegister,
        boolean reviewedSinceCategorySince,
        boolean category1ReviewLate,
        LocalDate lastReviewOn,
        @Schema(example = "Strategy meeting held; child seen; plan updated.") String lastAssurance,
        @Schema(example = "head-of-service") String lastReviewedBy,
        LocalDate closedOn,
        @Schema(example = "Assurance received; actions complete; risk now managed.") String signOffRationale,
        @Schema(example = "improvement-director") String signOffBy,
        LocalDate lastRefusalOn,
        @Schema(example = "Assurance does not show the child has been seen.") String lastRefusalReason,
        LocalDate reopenedOn,
        @Schema(example = "A new referral with the same concerns.") String reopenReason,
        LocalDate lastStepOn,
        long version) {
}
