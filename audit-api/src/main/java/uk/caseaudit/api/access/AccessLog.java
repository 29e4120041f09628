package uk.caseaudit.api.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.caseaudit.api.security.Callers;
import uk.caseaudit.shared.Actor;

/**
 * The log of reads of a child's records: who (user and role), when, what kind of record, which one, and whose
 * (the child reference). Written in the request that reads, before the answer leaves: a read that cannot be
 * logged is not answered.
 */
@Component
public class AccessLog {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** What was read. */
    public enum RecordKind {
        AUDIT, AUDIT_HISTORY, CASE_OF_CONCERN, CASE_OF_CONCERN_HISTORY, ACTION, ACTION_HISTORY, CHILD_ACTIONS
    }

    /** One read of a child's record. */
    public record AccessEntry(long id, Instant accessedAt, String user, String role, RecordKind recordKind,
                              String recordId, String childReference) {
    }

    /** What to look for: every given filter must match; days are Europe/London. */
    public record AccessFilter(String user, String childReference, String recordId, LocalDate from, LocalDate to) {
    }

    /** A page of entries, newest first, with the total that match. */
    public record AccessPage(List<AccessEntry> entries, int page, int size, long total) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AccessLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Logs that the authenticated caller read a record of the child {@code childReference}. */
    public void read(RecordKind kind, String recordId, String childReference) {
        Actor caller = Callers.current().orElseThrow(() ->
                new IllegalStateException("A child's record was read with no one authenticated"));
        jdbc.update("INSERT INTO record_access (accessed_at, user_name, user_role, record_kind, record_id, "
                        + "child_reference) VALUES (?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), caller.user(), caller.role(), kind.name(), recordId, childReference);
    }

    /** The entries that match, newest first. */
    public AccessPage find(AccessFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.user() != null) {
            where.append(" AND user_name = ?");
            args.add(filter.user());
        }
        if (filter.childReference() != null) {
            where.append(" AND child_reference = ?");
            args.add(filter.childReference());
        }
        if (filter.recordId() != null) {
            where.append(" AND record_id = ?");
            args.add(filter.recordId());
        }
        if (filter.from() != null) {
            where.append(" AND accessed_at >= ?");
            args.add(Timestamp.from(filter.from().atStartOfDay(LONDON).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" AND accessed_at < ?");
            args.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(LONDON).toInstant()));
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM record_access" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<AccessEntry> entries = jdbc.query("SELECT * FROM record_access" + where
                        + " ORDER BY accessed_at DESC, id DESC LIMIT ? OFFSET ?",
                (row, n) -> new AccessEntry(row.getLong("id"), row.getTimestamp("accessed_at").toInstant(),
                        row.getString("user_name"), row.getString("user_role"),
                        RecordKind.valueOf(row.getString("record_kind")), row.getString("record_id"),
                        row.getString("child_reference")),
                pageArgs.toArray());
        return new AccessPage(entries, page, size, total == null ? 0 : total);
    }
}
