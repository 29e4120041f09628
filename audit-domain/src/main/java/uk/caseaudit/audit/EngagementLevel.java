package uk.caseaudit.audit;

/** How far one party was engaged in the work an audit looked at. */
public enum EngagementLevel {
    ENGAGED,
    /** Tried, not reached. */
    ATTEMPTED,
    /** Not appropriate, e.g. because of the child's age. */
    NOT_APPROPRIATE,
    NOT_RECORDED
}
