package uk.caseaudit.projection.register;

import io.swagger.v3.oas.annotations.media.Schema;
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
        @Schema(example = "9e2d7a41-6b3c-4f8e-8d15-3a7c0b2e4f60") String caseOfConcernId,
        @Schema(example = "5b0f7c1e-8d7a-4c55-9a43-1f0e6f2a9c11") String auditId,
        @Schema(example = "5067991") String childReference,
        @Schema(example = "Chelt Assess") String team,
        @Schema(example = "Safeguarding") String serviceArea,
        @Schema(example = "2018-05") YearMonth auditMonth,
        Category category,
        @Schema(example = "Agency SW (Gloucester Team 7)") String worker,
        CaseStatus status,
        LocalDate raisedOn,
        @Schema(example = "12") long daysOnRegister,
        LocalDate lastReviewOn,
        boolean category1ReviewLate,
        LocalDate closedOn,
        @Schema(example = "Assurance received; actions complete; risk now managed.") String signOffRationale,
        @Schema(example = "improvement-director") String signOffBy,
        long version) {
}
