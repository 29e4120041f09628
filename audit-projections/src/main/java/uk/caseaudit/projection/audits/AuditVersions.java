package uk.caseaudit.projection.audits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.caseaudit.audit.AuditType;
import uk.caseaudit.audit.Engagement;
import uk.caseaudit.audit.EngagementLevel;
import uk.caseaudit.projection.readmodel.AsAt;
import uk.caseaudit.projection.readmodel.Rows;
import uk.caseaudit.projection.readmodel.VersionedTable;
import uk.caseaudit.projection.readmodel.VersionedTables;
import uk.caseaudit.shared.Grade;
import uk.caseaudit.shared.PracticeArea;

/**
 * The audit versions: {@code audit_version}, with each version's grades in {@code audit_grade_version}. The projection
 * writes through {@link #table}; the queries below read the views.
 */
@Component
class AuditVersions implements Rows<AuditVersion> {

    static final String AUDITS = "audit_version";
    static final String GRADES = "audit_grade_version";

    private final JdbcTemplate jdbc;
    private final VersionedTable<AuditVersion> table;

    AuditVersions(JdbcTemplate jdbc, VersionedTables tables) {
        this.jdbc = jdbc;
        this.table = tables.of(AuditsProjection.auditsReadModel(), AUDITS, "audit_id", this);
    }

    /** The table the projection writes. */
    VersionedTable<AuditVersion> table() {
        return table;
    }

    /** The audit as it stands now: its latest version; empty when there is no such audit. */
    Optional<AuditVersion> current(String auditId) {
        return table.current(List.of(auditId)).stream().findFirst();
    }

    @Override
    public List<String> columns() {
        return List.of("audit_id", "seq", "effective_from", "recorded_at", "audit_month", "child_reference", "team",
                "service_area", "audit_type", "auditor", "due_date", "scheduled_on", "submitted_on", "within_timescale",
                "engagement_social_worker", "engagement_team_manager", "engagement_child", "engagement_parent",
                "moderation_revisions", "inadmissible", "declared_on", "inadmissibility_reason", "status");
    }

    @Override
    public Object[] values(AuditVersion audit) {
        Engagement engagement = audit.engagement;
        return new Object[] {audit.auditId, audit.seq(), AsAt.sqlDate(audit.effectiveFrom()),
            AsAt.utc(audit.recordedAt()), audit.auditMonth.toString(), audit.childReference, audit.team,
            audit.serviceArea, audit.auditType.name(), audit.auditor, AsAt.sqlDate(audit.dueDate),
            AsAt.sqlDate(audit.scheduledOn), AsAt.sqlDate(audit.submittedOn), audit.withinTimescale,
            engagement == null ? null : engagement.socialWorker().name(),
            engagement == null ? null : engagement.teamManager().name(),
            engagement == null ? null : engagement.child().name(),
            engagement == null ? null : engagement.parent().name(),
            audit.moderationRevisions, audit.inadmissible, AsAt.sqlDate(audit.declaredOn),
            audit.inadmissibilityReason, audit.status.name()};
    }

    @Override
    public void insertDetails(List<AuditVersion> versions, UnaryOperator<String> copy) {
        List<Object[]> grades = new ArrayList<>();
        versions.forEach(audit -> audit.grades.forEach((area, judgement) -> grades.add(new Object[] {
            audit.auditId, audit.seq(), area.name(), judgement.auditor().name(),
            judgement.moderated() == null ? null : judgement.moderated().name()})));
        if (!grades.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO " + copy.apply(GRADES) + """
                     (audit_id, seq, practice_area, auditor_grade, moderated_grade)
                    VALUES (?, ?, ?, ?, ?)""", grades);
        }
    }

    /** The audit as at (D, T); empty when it was not scheduled by D or not known by T. */
    Optional<AuditVersion> asAt(String auditId, AsAt asAt) {
        List<Object> arguments = asAt.arguments();
        arguments.add(auditId);
        return withGrades(jdbc.query("SELECT v.* FROM audit_version v WHERE " + table.asAt("v") + " AND v.audit_id = ?",
                (row, rowNumber) -> read(row), arguments.toArray())).stream().findFirst();
    }

    /** The audits as at (D, T) matching every non-null filter, ordered by month, team and id, one page. */
    List<AuditVersion> page(Filters filters, AsAt asAt, int page, int size) {
        List<Object> arguments = asAt.arguments();
        arguments.addAll(filters.arguments());
        arguments.add(size);
        arguments.add((long) page * size);
        return withGrades(jdbc.query("SELECT v.* FROM audit_version v WHERE " + table.asAt("v") + filters.condition()
                        + " ORDER BY v.audit_month, v.team, v.audit_id LIMIT ? OFFSET ?",
                (row, rowNumber) -> read(row), arguments.toArray()));
    }

    /** How many audits as at (D, T) match every non-null filter. */
    long count(Filters filters, AsAt asAt) {
        List<Object> arguments = asAt.arguments();
        arguments.addAll(filters.arguments());
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM audit_version v WHERE " + table.asAt("v") + filters.condition(),
                Long.class, arguments.toArray());
        return count == null ? 0 : count;
    }

    /** The list's filters; a null one matches all. */
    record Filters(YearMonth month, String team, String serviceArea, AuditStatus status) {

        String condition() {
            return (month == null ? "" : " AND v.audit_month = ?")
                    + (team == null ? "" : " AND v.team = ?")
                    + (serviceArea == null ? "" : " AND v.service_area = ?")
                    + (status == null ? "" : " AND v.status = ?");
        }

        List<Object> arguments() {
            List<Object> arguments = new ArrayList<>();
            if (month != null) {
                arguments.add(month.toString());
            }
            if (team != null) {
                arguments.add(team);
            }
            if (serviceArea != null) {
                arguments.add(serviceArea);
            }
            if (status != null) {
                arguments.add(status.name());
            }
            return arguments;
        }
    }

    /** Fills in the grades of the versions read from the views, in one query. */
    private List<AuditVersion> withGrades(List<AuditVersion> versions) {
        readDetails(versions, UnaryOperator.identity());
        return versions;
    }

    @Override
    public void readDetails(List<AuditVersion> versions, UnaryOperator<String> copy) {
        if (versions.isEmpty()) {
            return;
        }
        Map<String, AuditVersion> byKey = new LinkedHashMap<>();
        List<Object> keys = new ArrayList<>();
        for (AuditVersion version : versions) {
            byKey.put(version.auditId + "#" + version.seq(), version);
            keys.add(version.auditId);
            keys.add(version.seq());
        }
        String rows = Collections.nCopies(versions.size(), "(?, ?)").stream().collect(Collectors.joining(", "));
        jdbc.query("SELECT audit_id, seq, practice_area, auditor_grade, moderated_grade FROM " + copy.apply(GRADES)
                + " WHERE (audit_id, seq) IN (" + rows + ")", (ResultSet row) -> {
            String moderated = row.getString("moderated_grade");
            byKey.get(row.getString("audit_id") + "#" + row.getLong("seq")).grades.put(
                    PracticeArea.valueOf(row.getString("practice_area")),
                    new JudgementView(Grade.valueOf(row.getString("auditor_grade")),
                            moderated == null ? null : Grade.valueOf(moderated)));
        }, keys.toArray());
    }

    @Override
    public AuditVersion read(ResultSet row) throws SQLException {
        AuditVersion audit = new AuditVersion(row.getLong("seq"), Rows.day(row, "effective_from"), null);
        audit.auditId = row.getString("audit_id");
        audit.auditMonth = YearMonth.parse(row.getString("audit_month"));
        audit.childReference = row.getString("child_reference");
        audit.team = row.getString("team");
        audit.serviceArea = row.getString("service_area");
        audit.auditType = AuditType.valueOf(row.getString("audit_type"));
        audit.auditor = row.getString("auditor");
        audit.dueDate = Rows.day(row, "due_date");
        audit.scheduledOn = Rows.day(row, "scheduled_on");
        audit.submittedOn = Rows.day(row, "submitted_on");
        audit.withinTimescale = row.getObject("within_timescale", Boolean.class);
        String socialWorker = row.getString("engagement_social_worker");
        audit.engagement = socialWorker == null ? null : new Engagement(EngagementLevel.valueOf(socialWorker),
                EngagementLevel.valueOf(row.getString("engagement_team_manager")),
                EngagementLevel.valueOf(row.getString("engagement_child")),
                EngagementLevel.valueOf(row.getString("engagement_parent")));
        audit.moderationRevisions = row.getInt("moderation_revisions");
        audit.inadmissible = row.getBoolean("inadmissible");
        audit.declaredOn = Rows.day(row, "declared_on");
        audit.inadmissibilityReason = row.getString("inadmissibility_reason");
        audit.status = AuditStatus.valueOf(row.getString("status"));
        return audit;
    }
}
