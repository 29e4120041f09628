package uk.caseaudit.shared;

/** The Ofsted 4-point scale a practice area is judged on; "good or better" is OUTSTANDING or GOOD. */
public enum Grade {
    OUTSTANDING,
    GOOD,
    REQUIRES_IMPROVEMENT,
    INADEQUATE
}
