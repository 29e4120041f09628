package uk.caseaudit.projection.tracker;

/** Where an action stands on a given day. */
public enum ActionStatus {
    /** Completed on or before the day. */
    COMPLETED,
    /** Not completed, and its due date in force on the day has passed. */
    OUTSTANDING,
    /** Not completed, and its due date in force is the day or later. */
    NOT_YET_DUE,
    /** Outstanding and escalated to the Head of Service (a filter: such actions are also OUTSTANDING). */
    ESCALATED,
    /** Cancelled with a reason. */
    CANCELLED
}
