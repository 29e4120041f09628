package uk.caseaudit.projection.audits;

/** How far an audit has come. */
public enum AuditStatus {
    /** Scheduled; the auditor's judgements are not in yet. */
    SCHEDULED,
    /** The auditor's judgements are in; no moderation yet. */
    SUBMITTED,
    /** At least one grade was moderated. */
    MODERATED,
    /** Declared inadmissible: counted in the programme, not in the judgement tables. */
    INADMISSIBLE
}
