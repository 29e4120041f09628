package uk.caseaudit.api.problem;

/** A request that cannot be carried out while something else holds what it needs: answered 409 with the reason. */
public class Conflict extends RuntimeException {

    private final String title;

    public Conflict(String title, String detail) {
        super(detail);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
