/**
 * The audits read models. {@link uk.caseaudit.projection.audits.AuditsProjection} keeps a version of each audit per
 * event (its whole state after that event, with the event's effective day and recorded time) in
 * {@code audit_version} and {@code audit_grade_version}; the audits list and one audit are answered from them here,
 * the judgement trends in {@code projection.trends} and the programme in {@code projection.programme}.
 */
package uk.caseaudit.projection.audits;
