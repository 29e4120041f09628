package uk.caseaudit.projection.tracker;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import uk.caseaudit.action.AuditActionAgreed;
import uk.caseaudit.projection.readmodel.AsAt;
import uk.caseaudit.projection.readmodel.Rows;
import uk.caseaudit.projection.readmodel.Version;

/** One row of {@code action_version}: the whole state of an action after one of its events. */
final class ActionVersion extends Version<ActionVersion> {

    String actionId;
    String auditId;
    YearMonth cohort;
    String childReference;
    String team;
    String serviceArea;
    String owner;
    String description;
    String focus;
    LocalDate agreedOn;
    LocalDate originalDueDate;
    LocalDate dueDate;
    LocalDate completedOn;
    boolean completedLate;
    LocalDate escalatedOn;
    LocalDate cancelledOn;

    private ActionVersion(long seq, LocalDate effectiveFrom, Instant recordedAt) {
        super(seq, effectiveFrom, recordedAt);
    }

    @Override
    public String id() {
        return actionId;
    }

    static ActionVersion agreed(AuditActionAgreed event, long seq, Instant recordedAt) {
        ActionVersion agreed = new ActionVersion(seq, event.agreedOn(), recordedAt);
        agreed.actionId = event.actionId();
        agreed.auditId = event.auditId();
        agreed.cohort = event.auditMonth();
        agreed.childReference = event.childReference();
        agreed.team = event.team();
        agreed.serviceArea = event.serviceArea();
        agreed.owner = event.owner();
        agreed.description = event.description();
        agreed.focus = event.focus().name();
        agreed.agreedOn = event.agreedOn();
        agreed.originalDueDate = event.dueDate();
        agreed.dueDate = event.dueDate();
        return agreed;
    }

    /** The versions as rows of {@code action_version}. */
    static final Rows<ActionVersion> ROWS = new Rows<>() {

        @Override
        public List<String> columns() {
            return List.of("action_id", "seq", "effective_from", "recorded_at", "audit_id", "cohort",
                    "child_reference", "team", "service_area", "owner", "description", "focus", "agreed_on",
                    "original_due_date", "due_date", "completed_on", "completed_late", "escalated_on", "cancelled_on");
        }

        @Override
        public Object[] values(ActionVersion action) {
            return new Object[] {action.actionId, action.seq(), AsAt.sqlDate(action.effectiveFrom()),
                AsAt.utc(action.recordedAt()), action.auditId, action.cohort.toString(), action.childReference,
                action.team, action.serviceArea, action.owner, action.description, action.focus,
                AsAt.sqlDate(action.agreedOn), AsAt.sqlDate(action.originalDueDate), AsAt.sqlDate(action.dueDate),
                AsAt.sqlDate(action.completedOn), action.completedOn == null ? null : action.completedLate,
                AsAt.sqlDate(action.escalatedOn), AsAt.sqlDate(action.cancelledOn)};
        }

        @Override
        public ActionVersion read(ResultSet row) throws SQLException {
            ActionVersion action = new ActionVersion(row.getLong("seq"), Rows.day(row, "effective_from"), null);
            action.actionId = row.getString("action_id");
            action.auditId = row.getString("audit_id");
            action.cohort = YearMonth.parse(row.getString("cohort"));
            action.childReference = row.getString("child_reference");
            action.team = row.getString("team");
            action.serviceArea = row.getString("service_area");
            action.owner = row.getString("owner");
            action.description = row.getString("description");
            action.focus = row.getString("focus");
            action.agreedOn = Rows.day(row, "agreed_on");
            action.originalDueDate = Rows.day(row, "original_due_date");
            action.dueDate = Rows.day(row, "due_date");
            action.completedOn = Rows.day(row, "completed_on");
            action.completedLate = row.getBoolean("completed_late");
            action.escalatedOn = Rows.day(row, "escalated_on");
            action.cancelledOn = Rows.day(row, "cancelled_on");
            return action;
        }
    };
}
