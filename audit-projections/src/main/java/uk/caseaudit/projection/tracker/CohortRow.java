package uk.caseaudit.projection.tracker;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The actions of one cohort (the audit month they came from), or of one team within a cohort, as
 * at a day. {@code total} counts every action agreed; {@code cancelled} ones are in no other count.
 *
 * @param group                the cohort (yyyy-MM), or the team for a breakdown by team
 * @param escalated            outstanding actions that were escalated to the Head of Service
 * @param casesWithOutstanding how many children's cases have at least one outstanding action
 */
public record CohortRow(
        @Schema(example = "2018-05") String group,
        @Schema(example = "12") long total,
        @Schema(example = "7") long completed,
        @Schema(example = "2") long completedLate,
        @Schema(example = "2") long outstanding,
        @Schema(example = "2") long notYetDue,
        @Schema(example = "1") long escalated,
        @Schema(example = "1") long cancelled,
        @Schema(example = "2") long casesWithOutstanding) {
}
