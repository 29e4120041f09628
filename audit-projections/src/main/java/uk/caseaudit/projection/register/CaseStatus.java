package uk.caseaudit.projection.register;

/** Whether a case of concern is on the register. */
public enum CaseStatus {
    /** On the register: raised (or reopened) and not signed off. */
    OPEN,
    /** Signed off the register by the Improvement Director. */
    CLOSED
}
