package uk.caseaudit.api.problem;

/** One invalid field, parameter or header of a 400 problem, listed under {@code errors}; always field, then message. */
public record FieldError(String field, String message) {
}
