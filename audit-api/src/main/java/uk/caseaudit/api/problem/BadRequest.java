package uk.caseaudit.api.problem;

/** A request parameter that is well-formed but makes no sense (e.g. from after to): answered 400. */
public class BadRequest extends RuntimeException {

    private final String field;

    public BadRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
