package uk.caseaudit.projection.tracker;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.YearMonth;
import uk.caseaudit.action.Focus;

/**
 * One audit action as it stood on a day.
 *
 * @param dueDate         the due date in force on that day
 * @param originalDueDate the due date first agreed
 * @param version         the action's version on that day (send it in If-Match)
 */
public record ActionRow(
        @Schema(example = "c3a9f2d8-1e47-4b6a-9f02-7d5e8b1c4a93") String actionId,
        @Schema(example = "5b0f7c1e-8d7a-4c55-9a43-1f0e6f2a9c11") String auditId,
        @Schema(example = "2018-05") YearMonth cohort,
        @Schema(example = "5067991") String childReference,
        @Schema(example = "Chelt Assess") String team,
        @Schema(example = "Team Manager, Chelt Assess") String owner,
        @Schema(example = "Update the child's plan with the school's view") String description,
        Focus focus,
        LocalDate agreedOn,
        LocalDate dueDate,
        LocalDate originalDueDate,
        ActionStatus status,
        boolean escalated,
        LocalDate escalatedOn,
        LocalDate completedOn,
        boolean completedLate,
        LocalDate cancelledOn,
        long version) {
}
