package uk.caseaudit.api.problem;

/** No such thing: answered 404. The message names the kind of thing, never the id asked for. */
public class NotFound extends RuntimeException {

    public NotFound(String thing) {
        super("There is no such " + thing + ".");
    }
}
