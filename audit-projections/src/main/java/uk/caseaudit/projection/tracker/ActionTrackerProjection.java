package uk.caseaudit.projection.tracker;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.caseaudit.action.AuditActionAgreed;
import uk.caseaudit.action.AuditActionCancelled;
import uk.caseaudit.action.AuditActionCompleted;
import uk.caseaudit.action.AuditActionDueDateRevised;
import uk.caseaudit.action.AuditActionEscalated;
import uk.caseaudit.projection.AsAt;
import uk.caseaudit.projection.ReadModelTables;
import uk.caseaudit.projection.ReadModelWrites;
import uk.caseaudit.projection.VersionWrites;

/**
 * Keeps {@code action_version}: after each event of an action, a row with the action's whole state,
 * effective from the event's day and recorded at the event's time. The tracker's questions are
 * answered from it by {@link TrackerQueryHandler}.
 */
@Component
@ProcessingGroup(ActionTrackerProjection.NAME)
class ActionTrackerProjection {

    static final String NAME = "action-tracker";

    private static final String TABLE = "action_version";

    private final JdbcTemplate jdbc;
    private final ReadModelTables tables;
    private final VersionWrites<Version> versions;

    ActionTrackerProjection(JdbcTemplate jdbc, ReadModelTables tables, ReadModelWrites writes) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.versions = new VersionWrites<>(NAME, writes, new WriteCopy(), version -> version.state().actionId());
        tables.register(NAME, TABLE);
    }

    @EventHandler
    void on(AuditActionAgreed event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        if (versions.latest(event.actionId()).isEmpty()) { // else redelivered
            versions.append(new Version(new State(event.actionId(), event.auditId(), event.auditMonth(),
                    event.childReference(), event.team(), event.serviceArea(), event.owner(), event.description(),
                    event.focus().name(), event.agreedOn(), event.dueDate(), event.dueDate(), null, false, null, null),
                    seq, event.agreedOn(), recordedAt));
        }
    }

    @EventHandler
    void on(AuditActionDueDateRevised event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        next(event.actionId(), seq, event.revisedOn(), recordedAt, state -> state.withDueDate(event.dueDate()));
    }

    @EventHandler
    void on(AuditActionCompleted event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        next(event.actionId(), seq, event.completedOn(), recordedAt,
                state -> state.completed(event.completedOn(), event.late()));
    }

    @EventHandler
    void on(AuditActionEscalated event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        next(event.actionId(), seq, event.escalatedOn(), recordedAt, state -> state.escalated(event.escalatedOn()));
    }

    @EventHandler
    void on(AuditActionCancelled event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        next(event.actionId(), seq, event.cancelledOn(), recordedAt, state -> state.cancelled(event.cancelledOn()));
    }

    /** A rebuild fills the copy of the table that clients are not reading (see {@link ReadModelTables}). */
    @ResetHandler
    void reset() {
        tables.startRebuild(NAME);
    }

    /** Appends the version that follows the action's latest one; a redelivered event is skipped. */
    private void next(String actionId, long seq, LocalDate effectiveFrom, Instant recordedAt, UnaryOperator<State> change) {
        Version latest = versions.latest(actionId)
                .orElseThrow(() -> new IllegalStateException("No earlier version of action " + actionId));
        if (latest.seq() >= seq) {
            return; // redelivered
        }
        versions.append(new Version(change.apply(latest.state()), seq, effectiveFrom, recordedAt));
    }

    /** The storage of the versions: the copy of the table being written. */
    private final class WriteCopy implements VersionWrites.Storage<Version> {

        @Override
        public Map<String, Version> latest(Collection<String> actionIds) {
            return jdbc.query(VersionWrites.latestQuery(table(), "action_id", actionIds.size()),
                    (row, rowNumber) -> new Version(state(row, rowNumber), row.getLong("seq"),
                            day(row, "effective_from"), null), actionIds.toArray()).stream()
                    .collect(Collectors.toMap(version -> version.state().actionId(), version -> version));
        }

        @Override
        public void insert(List<Version> written) {
            jdbc.batchUpdate("INSERT INTO " + table() + """
                             (action_id, seq, effective_from, recorded_at, audit_id, cohort,
                                child_reference, team, service_area, owner, description, focus, agreed_on,
                                original_due_date, due_date, completed_on, completed_late, escalated_on, cancelled_on)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    written.stream().map(ActionTrackerProjection::row).toList());
        }
    }

    private static Object[] row(Version version) {
        State state = version.state();
        return new Object[] {state.actionId(), version.seq(), AsAt.sqlDate(version.effectiveFrom()),
            AsAt.utc(version.recordedAt()), state.auditId(), state.cohort().toString(), state.childReference(),
            state.team(), state.serviceArea(), state.owner(), state.description(), state.focus(),
            AsAt.sqlDate(state.agreedOn()), AsAt.sqlDate(state.originalDueDate()), AsAt.sqlDate(state.dueDate()),
            AsAt.sqlDate(state.completedOn()), state.completedOn() == null ? null : state.completedLate(),
            AsAt.sqlDate(state.escalatedOn()), AsAt.sqlDate(state.cancelledOn())};
    }

    /** The copy of {@code action_version} written now. */
    private String table() {
        return tables.writeTable(NAME, TABLE);
    }

    private static LocalDate day(ResultSet row, String column) throws SQLException {
        Date value = row.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static State state(ResultSet row, int rowNumber) throws SQLException {
        return new State(row.getString("action_id"), row.getString("audit_id"), YearMonth.parse(row.getString("cohort")),
                row.getString("child_reference"), row.getString("team"), row.getString("service_area"),
                row.getString("owner"), row.getString("description"), row.getString("focus"), day(row, "agreed_on"),
                day(row, "original_due_date"), day(row, "due_date"), day(row, "completed_on"),
                row.getBoolean("completed_late"), day(row, "escalated_on"), day(row, "cancelled_on"));
    }

    /** One row of the table: the action's state after its event {@code seq}, and when that took effect. */
    private record Version(State state, long seq, LocalDate effectiveFrom, Instant recordedAt) {
    }

    /** The state an action version row holds. */
    private record State(String actionId, String auditId, YearMonth cohort, String childReference, String team,
                         String serviceArea, String owner, String description, String focus, LocalDate agreedOn,
                         LocalDate originalDueDate, LocalDate dueDate, LocalDate completedOn, boolean completedLate,
                         LocalDate escalatedOn, LocalDate cancelledOn) {

        State withDueDate(LocalDate newDueDate) {
            return new State(actionId, auditId, cohort, childReference, team, serviceArea, owner, description, focus,
                    agreedOn, originalDueDate, newDueDate, completedOn, completedLate, escalatedOn, cancelledOn);
        }

        State completed(LocalDate on, boolean late) {
            return new State(actionId, auditId, cohort, childReference, team, serviceArea, owner, description, focus,
                    agreedOn, originalDueDate, dueDate, on, late, escalatedOn, cancelledOn);
        }

        State escalated(LocalDate on) {
            return new State(actionId, auditId, cohort, childReference, team, serviceArea, owner, description, focus,
                    agreedOn, originalDueDate, dueDate, completedOn, completedLate, on, cancelledOn);
        }

        State cancelled(LocalDate on) {
            return new State(actionId, auditId, cohort, childReference, team, serviceArea, owner, description, focus,
                    agreedOn, originalDueDate, dueDate, completedOn, completedLate, escalatedOn, on);
        }
    }
}
