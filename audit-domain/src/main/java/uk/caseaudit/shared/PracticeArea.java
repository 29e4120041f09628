package uk.caseaudit.shared;

/** What a grade is about. */
public enum PracticeArea {
    /** The audit's overall judgement. */
    OVERALL,
    /** The impact of the work for the child. */
    OUTCOMES,
    /** Identification of harm. */
    SAFETY,
    ASSESSMENT,
    PLANNING,
    PERMANENCE_PLANNING,
    MULTI_AGENCY,
    /** Supervision and decision making. */
    MANAGEMENT_OVERSIGHT,
    /** Consistent, trusted relationships. */
    RELATIONSHIPS,
    /** The voice of the child. */
    VOICE,
    RECORDING
}
