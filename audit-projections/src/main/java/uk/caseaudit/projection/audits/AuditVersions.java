package uk.caseaudit.projection.audits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.caseaudit.audit.AuditType;
import uk.caseaudit.audit.Engagement;
import uk.caseaudit.audit.EngagementLevel;
import uk.caseaudit.projection.AsAt;
import uk.caseaudit.projection.ReadModelTables;
import uk.caseaudit.projection.ReadModelWrites;
import uk.caseaudit.projection.VersionWrites;
import uk.caseaudit.shared.Grade;
import uk.caseaudit.shared.PracticeArea;

/**
 * The storage of the audit versions: {@code audit_version} and {@code audit_grade_version} (see V4). Queries read
 * the views of those names; the projection writes into the copies {@link ReadModelTables} names.
 */
@Component
class AuditVersions {

    static final String READ_MODEL = "audits";
    private static final String AUDITS = "audit_version";
    private static final String GRADES = "audit_grade_version";

    /** Keeps, of the versions {@code v}, each audit's version as at (D, T); parameters: {@link AsAt#arguments}. */
    private static final String AS_AT = AsAt.latestVersions("v", AUDITS, "audit_id");

    private final JdbcTemplate jdbc;
    private final ReadModelTables tables;
    private final VersionWrites<AuditVersion> writes;

    AuditVersions(JdbcTemplate jdbc, ReadModelTables tables, ReadModelWrites readModelWrites) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.writes = new VersionWrites<>(READ_MODEL, readModelWrites, new WriteCopies(), version -> version.auditId);
        tables.register(READ_MODEL, AUDITS, GRADES);
    }

    /**
     * The audit's latest version in the copy being written (as far as the batch being handled has got); empty when
     * it has none yet.
     */
    Optional<AuditVersion> latestWritten(String auditId) {
        return writes.latest(auditId);
    }

    /** Adds the audit's next version to the copy being written (see {@link VersionWrites}). */
    void append(AuditVersion version) {
        writes.append(version);
    }

    /** The audit as it stands now: its latest version; empty when there is no such audit. */
    Optional<AuditVersion> current(String auditId) {
        return latest(List.of(auditId), AUDITS, GRADES).stream().findFirst();
    }

    /** The latest version of each of the audits that has one, in the tables (or views) given. */
    private List<AuditVersion> latest(Collection<String> auditIds, String audits, String grades) {
        return withGrades(jdbc.query(VersionWrites.latestQuery(audits, "audit_id", auditIds.size()),
                AuditVersions::version, auditIds.toArray()), grades);
    }

    /** The storage of {@link #writes}: the copies being written. */
    private final class WriteCopies implements VersionWrites.Storage<AuditVersion> {

        @Override
        public Map<String, AuditVersion> latest(Collection<String> auditIds) {
            return AuditVersions.this.latest(auditIds, writeTable(AUDITS), writeTable(GRADES)).stream()
                    .collect(Collectors.toMap(version -> version.auditId, version -> version));
        }

        @Override
        public void insert(List<AuditVersion> versions) {
            jdbc.batchUpdate("INSERT INTO " + writeTable(AUDITS) + """
                     (audit_id, seq, effective_from, recorded_at, audit_month, child_reference, team,
                        service_area, audit_type, auditor, due_date, scheduled_on, submitted_on, within_timescale,
                        engagement_social_worker, engagement_team_manager, engagement_child, engagement_parent,
                        moderation_revisions, inadmissible, declared_on, inadmissibility_reason, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    versions.stream().map(AuditVersions::row).toList());
            List<Object[]> grades = new ArrayList<>();
            versions.forEach(audit -> audit.grades.forEach((area, judgement) -> grades.add(new Object[] {
                audit.auditId, audit.seq, area.name(), judgement.auditor().name(),
                judgement.moderated() == null ? null : judgement.moderated().name()})));
            if (!grades.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO " + writeTable(GRADES) + """
                         (audit_id, seq, practice_area, auditor_grade, moderated_grade)
                        VALUES (?, ?, ?, ?, ?)""", grades);
            }
        }
    }

    private static Object[] row(AuditVersion audit) {
        Engagement engagement = audit.engagement;
        return new Object[] {audit.auditId, audit.seq, AsAt.sqlDate(audit.effectiveFrom), AsAt.utc(audit.recordedAt),
            audit.auditMonth.toString(), audit.childReference, audit.team, audit.serviceArea,
            audit.auditType.name(), audit.auditor, AsAt.sqlDate(audit.dueDate), AsAt.sqlDate(audit.scheduledOn),
            AsAt.sqlDate(audit.submittedOn), audit.withinTimescale,
            engagement == null ? null : engagement.socialWorker().name(),
            engagement == null ? null : engagement.teamManager().name(),
            engagement == null ? null : engagement.child().name(),
            engagement == null ? null : engagement.parent().name(),
            audit.moderationRevisions, audit.inadmissible, AsAt.sqlDate(audit.declaredOn),
            audit.inadmissibilityReason, audit.status.name()};
    }

    /** A rebuild fills the copies that clients are not reading (see {@link ReadModelTables}). */
    void startRebuild() {
        tables.startRebuild(READ_MODEL);
    }

    private String writeTable(String table) {
        return tables.writeTable(READ_MODEL, table);
    }

    /** The audit as at (D, T); empty when it was not scheduled by D or not known by T. */
    Optional<AuditVersion> asAt(String auditId, AsAt asAt) {
        List<Object> arguments = asAt.arguments();
        arguments.add(auditId);
        return withGrades(jdbc.query("SELECT v.* FROM audit_version v WHERE " + AS_AT + " AND v.audit_id = ?",
                AuditVersions::version, arguments.toArray())).stream().findFirst();
    }

    /** The audits as at (D, T) matching every non-null filter, ordered by month, team and id, one page. */
    List<AuditVersion> page(Filters filters, AsAt asAt, int page, int size) {
        List<Object> arguments = asAt.arguments();
        arguments.addAll(filters.arguments());
        arguments.add(size);
        arguments.add((long) page * size);
        return withGrades(jdbc.query("SELECT v.* FROM audit_version v WHERE " + AS_AT + filters.condition()
                        + " ORDER BY v.audit_month, v.team, v.audit_id LIMIT ? OFFSET ?",
                AuditVersions::version, arguments.toArray()));
    }

    /** How many audits as at (D, T) match every non-null filter. */
    long count(Filters filters, AsAt asAt) {
        List<Object> arguments = asAt.arguments();
        arguments.addAll(filters.arguments());
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM audit_version v WHERE " + AS_AT + filters.condition(),
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

    /** Fills in the grades of the versions read, in one query. */
    private List<AuditVersion> withGrades(List<AuditVersion> versions) {
        return withGrades(versions, GRADES);
    }

    private List<AuditVersion> withGrades(List<AuditVersion> versions, String grades) {
        if (versions.isEmpty()) {
            return versions;
        }
        Map<String, AuditVersion> byKey = new LinkedHashMap<>();
        List<Object> keys = new ArrayList<>();
        for (AuditVersion version : versions) {
            byKey.put(version.auditId + "#" + version.seq, version);
            keys.add(version.auditId);
            keys.add(version.seq);
        }
        String rows = Collections.nCopies(versions.size(), "(?, ?)").stream().collect(Collectors.joining(", "));
        jdbc.query("SELECT audit_id, seq, practice_area, auditor_grade, moderated_grade FROM " + grades
                + " WHERE (audit_id, seq) IN (" + rows + ")", (ResultSet row) -> {
            String moderated = row.getString("moderated_grade");
            byKey.get(row.getString("audit_id") + "#" + row.getLong("seq")).grades.put(
                    PracticeArea.valueOf(row.getString("practice_area")),
                    new JudgementView(Grade.valueOf(row.getString("auditor_grade")),
                            moderated == null ? null : Grade.valueOf(moderated)));
        }, keys.toArray());
        return versions;
    }

    private static AuditVersion version(ResultSet row, int rowNumber) throws SQLException {
        AuditVersion audit = new AuditVersion();
        audit.auditId = row.getString("audit_id");
        audit.seq = row.getLong("seq");
        audit.effectiveFrom = row.getObject("effective_from", LocalDate.class);
        audit.recordedAt = row.getObject("recorded_at", OffsetDateTime.class).toInstant();
        audit.auditMonth = YearMonth.parse(row.getString("audit_month"));
        audit.childReference = row.getString("child_reference");
        audit.team = row.getString("team");
        audit.serviceArea = row.getString("service_area");
        audit.auditType = AuditType.valueOf(row.getString("audit_type"));
        audit.auditor = row.getString("auditor");
        audit.dueDate = row.getObject("due_date", LocalDate.class);
        audit.scheduledOn = row.getObject("scheduled_on", LocalDate.class);
        audit.submittedOn = row.getObject("submitted_on", LocalDate.class);
        audit.withinTimescale = row.getObject("within_timescale", Boolean.class);
        String socialWorker = row.getString("engagement_social_worker");
        audit.engagement = socialWorker == null ? null : new Engagement(EngagementLevel.valueOf(socialWorker),
                EngagementLevel.valueOf(row.getString("engagement_team_manager")),
                EngagementLevel.valueOf(row.getString("engagement_child")),
                EngagementLevel.valueOf(row.getString("engagement_parent")));
        audit.moderationRevisions = row.getInt("moderation_revisions");
        audit.inadmissible = row.getBoolean("inadmissible");
        audit.declaredOn = row.getObject("declared_on", LocalDate.class);
        audit.inadmissibilityReason = row.getString("inadmissibility_reason");
        audit.status = AuditStatus.valueOf(row.getString("status"));
        return audit;
    }
}
