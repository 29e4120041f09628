package uk.caseaudit.projection.tracker;

import java.time.YearMonth;
import java.util.List;
import uk.caseaudit.projection.readmodel.AsAt;

/** The questions the action tracker answers. */
public final class TrackerQueries {

    private TrackerQueries() {
    }

    /** Grouping of {@link FindActionTracker}. */
    public enum Grouping { COHORT, TEAM }

    /**
     * Finds the tracker's counts as at a day for the cohorts from..to (either may be null: open),
     * grouped by cohort, or by team (then usually for one cohort); answers a {@link TrackerView}.
     */
    public record FindActionTracker(YearMonth from, YearMonth to, String team, Grouping grouping, AsAt asAt) {
    }

    /** The tracker's rows. */
    public record TrackerView(List<CohortRow> rows) {
    }

    /**
     * Finds the actions as they stood on a day, filtered by every non-null criterion, ordered by
     * cohort, due date and id, one page at a time; answers an {@link ActionPage}.
     */
    public record FindActions(ActionStatus status, YearMonth cohort, String team, String childReference,
                              AsAt asAt, int page, int size) {
    }

    /** One page of actions and how many match in all. */
    public record ActionPage(List<ActionRow> actions, int page, int size, long total) {
    }

    /** Finds one action as it stood on a day; answers an {@code Optional<ActionRow>}. */
    public record FindAction(String actionId, AsAt asAt) {
    }
}
