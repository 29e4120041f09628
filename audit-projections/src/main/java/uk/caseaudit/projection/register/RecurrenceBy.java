package uk.caseaudit.projection.register;

/** What {@link FindRecurrence} counts the cases raised by. */
public enum RecurrenceBy {
    /** The team holding the child's case. */
    TEAM,
    /** The worker holding the child's case (cases raised without a worker are left out). */
    WORKER
}
