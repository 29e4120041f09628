package uk.caseaudit.projection.register;

/** The period ends at which {@link FindRegisterSizes} counts the register. */
public enum RegisterInterval {
    /** Each Sunday. */
    WEEK,
    /** The last day of each month. */
    MONTH
}
