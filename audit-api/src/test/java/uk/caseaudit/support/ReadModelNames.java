package uk.caseaudit.support;

import java.util.List;

/** The read models the service keeps, by name, as the tests expect them. */
public final class ReadModelNames {

    public static final List<String> ALL = List.of("action-tracker", "audits", "register");

    private ReadModelNames() {
    }
}
