package uk.caseaudit.projection.register;

/** Which cases of the register a {@link FindRegister} lists. */
public enum StatusFilter {
    /** The open cases only: the register proper. */
    OPEN,
    /** The closed cases only, with their sign-off. */
    CLOSED,
    /** Every case raised, open or closed. */
    ALL
}
