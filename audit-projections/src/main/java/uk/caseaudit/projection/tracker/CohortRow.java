package uk.caseaudit.projection.tracker;

/**
 * The actions of one cohort (the audit month they came from), or of one team within a cohort, as
 * at a day. {@code total} counts every action agreed; {@code cancelled} ones are in no other count.
 *
 * @param group                the cohort (yyyy-MM), or the team for a breakdown by team
 * @param escalated            outstanding actions that were escalated to the Head of Service
 * @param casesWithOutstanding how many children's cases have at least one outstanding action
 */
public record CohortRow(String group, long total, long completed, long completedLate, long outstanding,
                        long notYetDue, long escalated, long cancelled, long casesWithOutstanding) {
}
