package uk.caseaudit.projection.trends;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.caseaudit.projection.readmodel.AsAt;
import uk.caseaudit.shared.Grade;

/**
 * Answers the judgement trend tables from the audit versions the audits projection keeps ({@code audit_version},
 * {@code audit_grade_version}): the grades are counted per audit month in SQL, then gathered into periods here.
 */
@Component
class JudgementTrendQueries {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcTemplate jdbc;

    JudgementTrendQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    JudgementTrendsView handle(FindJudgementTrends query) {
        Map<String, Map<Grade, Integer>> periods = new LinkedHashMap<>();
        for (YearMonth month = query.from(); !month.isAfter(query.to()); month = month.plusMonths(1)) {
            periods.computeIfAbsent(query.interval().periodOf(month), period -> new EnumMap<>(Grade.class));
        }
        countGradesPerMonth(query).forEach(count -> periods.get(query.interval().periodOf(count.month()))
                .merge(count.grade(), count.audits(), Integer::sum));
        List<JudgementTrendRow> rows = new ArrayList<>();
        periods.forEach((period, counts) -> rows.add(row(period, counts)));
        return new JudgementTrendsView(query.from(), query.to(), query.interval(), query.area(), query.stage(),
                query.asAt().date(), query.asAt().knownAt(), rows);
    }

    private record MonthGradeCount(YearMonth month, Grade grade, int audits) {
    }

    /** Per audit month and grade, the audits counted: each audit's version as at (D, T), filtered. */
    private List<MonthGradeCount> countGradesPerMonth(FindJudgementTrends query) {
        String grade = switch (query.stage()) {
            case MODERATED -> "COALESCE(g.moderated_grade, g.auditor_grade)";
            case AUDITOR -> "g.auditor_grade";
        };
        List<Object> arguments = query.asAt().arguments();
        arguments.addAll(List.of(query.area().name(), query.from().toString(), query.to().toString()));
        StringBuilder filters = new StringBuilder();
        if (query.serviceArea() != null) {
            filters.append(" AND v.service_area = ?");
            arguments.add(query.serviceArea());
        }
        if (query.team() != null) {
            filters.append(" AND v.team = ?");
            arguments.add(query.team());
        }
        if (query.auditType() != null) {
            filters.append(" AND v.audit_type = ?");
            arguments.add(query.auditType().name());
        }
        return jdbc.query("""
                SELECT v.audit_month, %1$s AS grade, COUNT(*) AS audits
                FROM audit_version v
                JOIN audit_grade_version g ON g.audit_id = v.audit_id AND g.seq = v.seq
                WHERE %3$s
                  AND g.practice_area = ?
                  AND v.audit_month BETWEEN ? AND ?
                  AND v.submitted_on IS NOT NULL
                  AND v.inadmissible = FALSE%2$s
                GROUP BY v.audit_month, %1$s""".formatted(grade, filters,
                        AsAt.latestVersions("v", "audit_version", "audit_id")),
                (row, rowNumber) -> new MonthGradeCount(YearMonth.parse(row.getString("audit_month")),
                        Grade.valueOf(row.getString("grade")), row.getInt("audits")),
                arguments.toArray());
    }

    private static JudgementTrendRow row(String period, Map<Grade, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        Map<Grade, GradeCount> grades = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            int count = counts.getOrDefault(grade, 0);
            grades.put(grade, new GradeCount(count, percent(count, total)));
        }
        int goodOrBetter = counts.getOrDefault(Grade.OUTSTANDING, 0) + counts.getOrDefault(Grade.GOOD, 0);
        return new JudgementTrendRow(period, grades, total, goodOrBetter, percent(goodOrBetter, total));
    }

    /** {@code part} as a percentage of {@code whole}, one decimal, half up; 0.0 of nothing. */
    static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
