package uk.caseaudit.projection.tracker;

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
public record ActionRow(String actionId, String auditId, YearMonth cohort, String childReference, String team,
                        String owner, String description, Focus focus, LocalDate agreedOn, LocalDate dueDate,
                        LocalDate originalDueDate, ActionStatus status, boolean escalated, LocalDate escalatedOn,
                        LocalDate completedOn, boolean completedLate, LocalDate cancelledOn, long version) {
}
