package uk.caseaudit.projection.trends;

/** Which grade of a practice area a trend table counts. */
public enum JudgementStage {
    /** The latest moderated grade where the area was moderated, else the auditor's: what reports use. */
    MODERATED,
    /** The auditor's grade, whatever moderation made of it. */
    AUDITOR
}
