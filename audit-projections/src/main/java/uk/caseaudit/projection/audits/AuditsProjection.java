package uk.caseaudit.projection.audits;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.caseaudit.audit.AuditScheduled;
import uk.caseaudit.audit.AuditType;

/** Keeps {@code audit_view}: one row per audit as it stands now, and answers its queries. */
@Component
@ProcessingGroup(AuditsProjection.NAME)
class AuditsProjection {

    static final String NAME = "audits";

    private final JdbcTemplate jdbc;

    AuditsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AuditScheduled event, @SequenceNumber long version) {
        if (exists(event.auditId())) {
            return; // redelivered
        }
        jdbc.update("""
                INSERT INTO audit_view (audit_id, audit_month, child_reference, team, service_area, audit_type,
                                        auditor, due_date, scheduled_on, status, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                event.auditId(), event.auditMonth().toString(), event.childReference(), event.team(),
                event.serviceArea(), event.auditType().name(), event.auditor(), Date.valueOf(event.dueDate()),
                Date.valueOf(event.scheduledOn()), AuditStatus.SCHEDULED.name(), version);
    }

    private boolean exists(String auditId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM audit_view WHERE audit_id = ?", Integer.class, auditId);
        return count != null && count > 0;
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM audit_view");
    }

    @QueryHandler
    Optional<AuditView> handle(FindAudit query) {
        return jdbc.query("SELECT * FROM audit_view WHERE audit_id = ?", AuditsProjection::view, query.auditId())
                .stream().findFirst();
    }

    @QueryHandler
    AuditPage handle(FindAudits query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.month() != null) {
            where.append(" AND audit_month = ?");
            args.add(query.month().toString());
        }
        if (query.team() != null) {
            where.append(" AND team = ?");
            args.add(query.team());
        }
        if (query.serviceArea() != null) {
            where.append(" AND service_area = ?");
            args.add(query.serviceArea());
        }
        if (query.status() != null) {
            where.append(" AND status = ?");
            args.add(query.status().name());
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM audit_view" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<AuditView> audits = jdbc.query("SELECT * FROM audit_view" + where
                        + " ORDER BY audit_month, team, audit_id LIMIT ? OFFSET ?",
                AuditsProjection::view, pageArgs.toArray());
        return new AuditPage(audits, query.page(), query.size(), total == null ? 0 : total);
    }

    private static AuditView view(ResultSet row, int rowNumber) throws SQLException {
        return new AuditView(
                row.getString("audit_id"),
                YearMonth.parse(row.getString("audit_month")),
                row.getString("child_reference"),
                row.getString("team"),
                row.getString("service_area"),
                AuditType.valueOf(row.getString("audit_type")),
                row.getString("auditor"),
                row.getDate("due_date").toLocalDate(),
                row.getDate("scheduled_on").toLocalDate(),
                AuditStatus.valueOf(row.getString("status")),
                row.getLong("version"));
    }
}
