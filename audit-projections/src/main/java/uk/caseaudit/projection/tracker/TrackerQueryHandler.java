package uk.caseaudit.projection.tracker;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.caseaudit.action.Focus;
import uk.caseaudit.projection.readmodel.AsAt;
import uk.caseaudit.projection.tracker.TrackerQueries.ActionPage;
import uk.caseaudit.projection.tracker.TrackerQueries.FindAction;
import uk.caseaudit.projection.tracker.TrackerQueries.FindActionTracker;
import uk.caseaudit.projection.tracker.TrackerQueries.FindActions;
import uk.caseaudit.projection.tracker.TrackerQueries.Grouping;
import uk.caseaudit.projection.tracker.TrackerQueries.TrackerView;

/**
 * Answers the tracker's questions in SQL over {@code action_version}: each action as at (day,
 * known-at) is its latest version effective by the day and recorded by known-at, and its status on
 * the day follows from that version and the day.
 */
@Component
class TrackerQueryHandler {

    /** Each action as it stood: 1 parameter (the day) for the status, then those of {@link AsAt#arguments}. */
    private static final String ACTIONS_AS_AT = """
            SELECT v.*, CASE WHEN v.cancelled_on IS NOT NULL THEN 'CANCELLED'
                             WHEN v.completed_on IS NOT NULL THEN 'COMPLETED'
                             WHEN v.due_date < ? THEN 'OUTSTANDING'
                             ELSE 'NOT_YET_DUE' END AS status
            FROM action_version v
            WHERE %s""".formatted(AsAt.latestVersions("v", "action_version", "action_id"));

    private final JdbcTemplate jdbc;

    TrackerQueryHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    TrackerView handle(FindActionTracker query) {
        Filter filter = new Filter(query.asAt());
        if (query.from() != null) {
            filter.add("a.cohort >= ?", query.from().toString());
        }
        if (query.to() != null) {
            filter.add("a.cohort <= ?", query.to().toString());
        }
        filter.addIfPresent("a.team = ?", query.team());
        String group = query.grouping() == Grouping.TEAM ? "a.team" : "a.cohort";
        List<CohortRow> rows = jdbc.query("""
                SELECT %1$s AS grp, COUNT(*) AS total,
                       SUM(CASE WHEN a.status = 'COMPLETED' THEN 1 ELSE 0 END) AS completed,
                       SUM(CASE WHEN a.status = 'COMPLETED' AND a.completed_late THEN 1 ELSE 0 END) AS completed_late,
                       SUM(CASE WHEN a.status = 'OUTSTANDING' THEN 1 ELSE 0 END) AS outstanding,
                       SUM(CASE WHEN a.status = 'NOT_YET_DUE' THEN 1 ELSE 0 END) AS not_yet_due,
                       SUM(CASE WHEN a.status = 'OUTSTANDING' AND a.escalated_on IS NOT NULL THEN 1 ELSE 0 END) AS escalated,
                       SUM(CASE WHEN a.status = 'CANCELLED' THEN 1 ELSE 0 END) AS cancelled,
                       COUNT(DISTINCT CASE WHEN a.status = 'OUTSTANDING' THEN a.child_reference END) AS cases_with_outstanding
                FROM (%2$s) a
                %3$s
                GROUP BY %1$s ORDER BY %1$s""".formatted(group, ACTIONS_AS_AT, filter.where()),
                (row, n) -> new CohortRow(row.getString("grp").trim(), row.getLong("total"), row.getLong("completed"),
                        row.getLong("completed_late"), row.getLong("outstanding"), row.getLong("not_yet_due"),
                        row.getLong("escalated"), row.getLong("cancelled"), row.getLong("cases_with_outstanding")),
                filter.arguments());
        return new TrackerView(rows);
    }

    @QueryHandler
    ActionPage handle(FindActions query) {
        Filter filter = new Filter(query.asAt());
        if (query.status() == ActionStatus.ESCALATED) {
            filter.add("a.status = 'OUTSTANDING' AND a.escalated_on IS NOT NULL");
        } else if (query.status() != null) {
            filter.add("a.status = ?", query.status().name());
        }
        if (query.cohort() != null) {
            filter.add("a.cohort = ?", query.cohort().toString());
        }
        filter.addIfPresent("a.team = ?", query.team());
        filter.addIfPresent("a.child_reference = ?", query.childReference());
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM (" + ACTIONS_AS_AT + ") a " + filter.where(),
                Long.class, filter.arguments());
        List<Object> pageArguments = new ArrayList<>(List.of(filter.arguments()));
        pageArguments.add(query.size());
        pageArguments.add((long) query.page() * query.size());
        List<ActionRow> actions = jdbc.query("SELECT * FROM (" + ACTIONS_AS_AT + ") a " + filter.where()
                        + " ORDER BY a.cohort, a.due_date, a.action_id LIMIT ? OFFSET ?",
                TrackerQueryHandler::row, pageArguments.toArray());
        return new ActionPage(actions, query.page(), query.size(), total == null ? 0 : total);
    }

    @QueryHandler
    Optional<ActionRow> handle(FindAction query) {
        Filter filter = new Filter(query.asAt());
        filter.add("a.action_id = ?", query.actionId());
        return jdbc.query("SELECT * FROM (" + ACTIONS_AS_AT + ") a " + filter.where(), TrackerQueryHandler::row,
                filter.arguments()).stream().findFirst();
    }

    private static ActionRow row(ResultSet row, int rowNumber) throws SQLException {
        ActionStatus status = ActionStatus.valueOf(row.getString("status"));
        LocalDate escalatedOn = day(row, "escalated_on");
        return new ActionRow(row.getString("action_id"), row.getString("audit_id"),
                YearMonth.parse(row.getString("cohort").trim()), row.getString("child_reference"), row.getString("team"),
                row.getString("owner"), row.getString("description"), Focus.valueOf(row.getString("focus")),
                day(row, "agreed_on"), day(row, "due_date"), day(row, "original_due_date"), status,
                status == ActionStatus.OUTSTANDING && escalatedOn != null, escalatedOn, day(row, "completed_on"),
                row.getBoolean("completed_late"), day(row, "cancelled_on"), row.getLong("seq"));
    }

    private static LocalDate day(ResultSet row, String column) throws SQLException {
        Date value = row.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    /** The WHERE clause over the actions as at a day, and its arguments in order. */
    private static final class Filter {

        private final List<String> conditions = new ArrayList<>();
        private final List<Object> arguments = new ArrayList<>();

        Filter(AsAt asAt) {
            arguments.add(AsAt.sqlDate(asAt.date()));
            arguments.addAll(asAt.arguments());
        }

        void add(String condition, Object... values) {
            conditions.add(condition);
            arguments.addAll(List.of(values));
        }

        void addIfPresent(String condition, String value) {
            if (value != null && !value.isBlank()) {
                add(condition, value);
            }
        }

        String where() {
            return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
        }

        Object[] arguments() {
            return arguments.toArray();
        }
    }
}
