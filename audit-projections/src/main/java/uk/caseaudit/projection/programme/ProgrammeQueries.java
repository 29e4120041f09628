package uk.caseaudit.projection.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.caseaudit.audit.EngagementLevel;
import uk.caseaudit.projection.readmodel.AsAt;

/**
 * Answers the programme and engagement table from the audit versions the audits projection keeps
 * ({@code audit_version}): one aggregate row per audit month, each audit counted in its version as at (D, T).
 */
@Component
class ProgrammeQueries {

    /** The engagement columns of {@code audit_version}, one per party. */
    private static final List<String> PARTIES = List.of("social_worker", "team_manager", "child", "parent");

    /** A count per party and engagement level, e.g. {@code child_not_appropriate}. */
    private static final String ENGAGEMENT_COUNTS = PARTIES.stream()
            .flatMap(party -> Arrays.stream(EngagementLevel.values()).map(level ->
                    "SUM(CASE WHEN v.engagement_%s = '%s' THEN 1 ELSE 0 END) AS %s".formatted(party, level.name(),
                            column(party, level))))
            .collect(Collectors.joining(",\n       "));

    private final JdbcTemplate jdbc;

    ProgrammeQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    ProgrammeView handle(FindProgramme query) {
        AsAt asAt = query.asAt();
        List<Object> arguments = new ArrayList<>();
        arguments.add(AsAt.sqlDate(asAt.date()));
        arguments.addAll(asAt.arguments());
        arguments.addAll(List.of(query.from().toString(), query.to().toString()));
        String teamFilter = "";
        if (query.team() != null) {
            teamFilter = " AND v.team = ?";
            arguments.add(query.team());
        }
        Map<YearMonth, ProgrammeMonthRow> counted = jdbc.query("""
                SELECT v.audit_month,
                       COUNT(*) AS scheduled,
                       SUM(CASE WHEN v.within_timescale = TRUE THEN 1 ELSE 0 END) AS within_timescale,
                       SUM(CASE WHEN v.within_timescale = FALSE THEN 1
                                WHEN v.submitted_on IS NULL AND v.inadmissible = FALSE AND v.due_date < ? THEN 1
                                ELSE 0 END) AS late,
                       SUM(CASE WHEN v.inadmissible = TRUE THEN 1 ELSE 0 END) AS inadmissible,
                       SUM(CASE WHEN v.submitted_on IS NOT NULL AND v.inadmissible = FALSE THEN 1 ELSE 0 END) AS analysed,
                       %s
                FROM audit_version v
                WHERE %s
                  AND v.audit_month BETWEEN ? AND ?%s
                GROUP BY v.audit_month""".formatted(ENGAGEMENT_COUNTS,
                        AsAt.latestVersions("v", "audit_version", "audit_id"), teamFilter),
                ProgrammeQueries::month, arguments.toArray())
                .stream().collect(Collectors.toMap(ProgrammeMonthRow::month, row -> row));
        List<ProgrammeMonthRow> months = new ArrayList<>();
        for (YearMonth month = query.from(); !month.isAfter(query.to()); month = month.plusMonths(1)) {
            months.add(counted.getOrDefault(month, nothingIn(month)));
        }
        return new ProgrammeView(query.from(), query.to(), asAt.date(), asAt.knownAt(), months);
    }

    private static ProgrammeMonthRow month(ResultSet row, int rowNumber) throws SQLException {
        return new ProgrammeMonthRow(YearMonth.parse(row.getString("audit_month")), row.getInt("scheduled"),
                row.getInt("within_timescale"), row.getInt("late"), row.getInt("inadmissible"),
                row.getInt("analysed"), new EngagementView(engagement(row, "social_worker"),
                engagement(row, "team_manager"), engagement(row, "child"), engagement(row, "parent")));
    }

    private static Map<EngagementLevel, Integer> engagement(ResultSet row, String party) throws SQLException {
        Map<EngagementLevel, Integer> counts = new EnumMap<>(EngagementLevel.class);
        for (EngagementLevel level : EngagementLevel.values()) {
            counts.put(level, row.getInt(column(party, level)));
        }
        return Collections.unmodifiableMap(counts);
    }

    private static ProgrammeMonthRow nothingIn(YearMonth month) {
        Map<EngagementLevel, Integer> none = new EnumMap<>(EngagementLevel.class);
        for (EngagementLevel level : EngagementLevel.values()) {
            none.put(level, 0);
        }
        Map<EngagementLevel, Integer> noEngagement = Collections.unmodifiableMap(none);
        return new ProgrammeMonthRow(month, 0, 0, 0, 0, 0,
                new EngagementView(noEngagement, noEngagement, noEngagement, noEngagement));
    }

    private static String column(String party, EngagementLevel level) {
        return party + "_" + level.name().toLowerCase(Locale.ROOT);
    }
}
