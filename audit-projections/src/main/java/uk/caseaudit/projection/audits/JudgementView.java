package uk.caseaudit.projection.audits;

import uk.caseaudit.shared.Grade;

/**
 * The judgement of one practice area of an audit: the auditor's grade and the latest moderated grade (null while the
 * area was never moderated). Reports use the moderated grade where there is one.
 */
public record JudgementView(Grade auditor, Grade moderated) {
}
