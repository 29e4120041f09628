package uk.caseaudit.audit;

/** What an audit looks at. */
public enum AuditType {
    /** A child's case file. */
    CASE_FILE,
    /** A foster carer's file. */
    FOSTER_CARER,
    /** A themed look at many cases, e.g. CSE, Section 47, re-referrals. */
    DIP_SAMPLE
}
