package uk.caseaudit.action;

/** What an audit action is meant to change; inspectors want actions to be impact-focused. */
public enum Focus {
    /** Changes the child's experience. */
    IMPACT,
    /** Compliance with process. */
    PROCESS
}
