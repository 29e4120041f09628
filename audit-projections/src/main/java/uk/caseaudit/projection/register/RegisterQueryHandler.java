package uk.caseaudit.projection.register;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.caseaudit.projection.readmodel.AsAt;

/**
 * Answers the register's questions from {@code case_of_concern_version} (kept by {@link RegisterProjection}):
 * each case as at (day D, known at T) is its version with the highest seq among those effective by D and
 * recorded by T.
 */
@Component
class RegisterQueryHandler {

    /** The version of each case as at (D, T); its parameters are {@link AsAt#arguments}. */
    private static final String CASES_AS_AT = " FROM case_of_concern_version v WHERE "
            + AsAt.latestVersions("v", "case_of_concern_version", "case_of_concern_id");

    private static final Comparator<RecurrenceCount> MOST_FIRST =
            Comparator.comparingLong(RecurrenceCount::count).reversed().thenComparing(RecurrenceCount::name);

    private final JdbcTemplate jdbc;

    RegisterQueryHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    RegisterPage handle(FindRegister query) {
        StringBuilder where = new StringBuilder(CASES_AS_AT);
        List<Object> args = query.asAt().arguments();
        if (query.status() != null && query.status() != StatusFilter.ALL) {
            where.append(" AND v.status = ?");
            args.add(query.status().name());
        }
        if (query.team() != null) {
            where.append(" AND v.team = ?");
            args.add(query.team());
        }
        if (query.category() != null) {
            where.append(" AND v.category = ?");
            args.add(query.category().name());
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<RegisterRow> cases = jdbc.query("SELECT v.*" + where
                        + " ORDER BY v.raised_on, v.case_of_concern_id LIMIT ? OFFSET ?",
                CaseVersion::read, pageArgs.toArray())
                .stream().map(version -> version.toRow(query.asAt().date())).toList();
        return new RegisterPage(cases, query.page(), query.size(), total == null ? 0 : total,
                query.asAt().date(), query.asAt().knownAt());
    }

    @QueryHandler
    Optional<CaseOfConcernView> handle(FindCaseOfConcern query) {
        List<Object> args = query.asAt().arguments();
        args.add(query.caseOfConcernId());
        return jdbc.query("SELECT v.*" + CASES_AS_AT + " AND v.case_of_concern_id = ?", CaseVersion::read,
                        args.toArray())
                .stream().findFirst().map(version -> version.toView(query.asAt().date()));
    }

    /** One count of the open cases per period end. */
    @QueryHandler
    RegisterSizesView handle(FindRegisterSizes query) {
        List<RegisterSize> sizes = new ArrayList<>();
        for (LocalDate periodEnd : periodEnds(query.from(), query.to(), query.interval())) {
            List<Object> args = new AsAt(periodEnd, query.knownAt()).arguments();
            args.add(CaseStatus.OPEN.name());
            String teamFilter = "";
            if (query.team() != null) {
                teamFilter = " AND v.team = ?";
                args.add(query.team());
            }
            Long size = jdbc.queryForObject("SELECT COUNT(*)" + CASES_AS_AT + " AND v.status = ?" + teamFilter,
                    Long.class, args.toArray());
            sizes.add(new RegisterSize(periodEnd, size == null ? 0 : size));
        }
        return new RegisterSizesView(query.interval(), query.from(), query.to(), query.team(), query.knownAt(), sizes);
    }

    /** Counts the first version (seq 0, the raising) of each case raised in the period. */
    @QueryHandler
    RecurrenceView handle(FindRecurrence query) {
        String name = query.by() == RecurrenceBy.WORKER ? "worker" : "team";
        StringBuilder sql = new StringBuilder("SELECT " + name + " AS name, COUNT(*) AS raised"
                + " FROM case_of_concern_version WHERE seq = 0 AND raised_on >= ? AND raised_on <= ?"
                + " AND recorded_at <= ?");
        List<Object> args = new ArrayList<>(List.of(AsAt.sqlDate(query.from()), AsAt.sqlDate(query.to()),
                AsAt.utc(query.knownAt())));
        if (query.team() != null) {
            sql.append(" AND team = ?");
            args.add(query.team());
        }
        if (query.by() == RecurrenceBy.WORKER) {
            sql.append(" AND worker IS NOT NULL AND worker <> ''");
        }
        sql.append(" GROUP BY ").append(name);
        // Ordered here rather than in SQL, so ties sort by name alike on every database's collation.
        List<RecurrenceCount> counts = jdbc.query(sql.toString(),
                        (row, n) -> new RecurrenceCount(row.getString("name"), row.getLong("raised")), args.toArray())
                .stream().sorted(MOST_FIRST).toList();
        return new RecurrenceView(query.by(), query.from(), query.to(), query.team(), query.knownAt(), counts);
    }

    /** The last day of each month, or each Sunday, from {@code from} to {@code to} inclusive. */
    static List<LocalDate> periodEnds(LocalDate from, LocalDate to, RegisterInterval interval) {
        List<LocalDate> ends = new ArrayList<>();
        if (interval == RegisterInterval.WEEK) {
            for (LocalDate sunday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)); !sunday.isAfter(to);
                 sunday = sunday.plusWeeks(1)) {
                ends.add(sunday);
            }
        } else {
            for (YearMonth month = YearMonth.from(from); !month.atEndOfMonth().isAfter(to); month = month.plusMonths(1)) {
                ends.add(month.atEndOfMonth());
            }
        }
        return ends;
    }
}
