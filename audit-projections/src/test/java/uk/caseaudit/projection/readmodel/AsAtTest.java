package uk.caseaudit.projection.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.caseaudit.projection.support.ReadModelDatabase;

/**
 * As at (day D, known at T), each record is its version with the highest seq among those effective by D and recorded
 * by T, both inclusive; a record with none is absent. Run on a small table of versions, on H2 and on PostgreSQL.
 */
class AsAtTest {

    @Nested
    class OnH2 extends Cases {
        OnH2() {
            super("h2");
        }
    }

    @Nested
    @EnabledIfSystemProperty(named = "audit.test.postgres", matches = ".+")
    class OnPostgres extends Cases {
        OnPostgres() {
            super("postgres");
        }
    }

    abstract static class Cases {

        private static final LocalDate D = LocalDate.of(2024, 6, 30);
        private static final Instant T = Instant.parse("2024-07-01T08:30:00Z");

        private final ReadModelDatabase database;
        private final JdbcTemplate jdbc;

        Cases(String kind) {
            database = ReadModelDatabase.open(kind);
            jdbc = database.jdbc;
            jdbc.execute("""
                    CREATE TABLE record_version (
                        record_id      VARCHAR(64) NOT NULL,
                        seq            BIGINT      NOT NULL,
                        effective_from DATE        NOT NULL,
                        recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
                        PRIMARY KEY (record_id, seq))""");
        }

        @AfterEach
        void closeDatabase() {
            database.close();
        }

        @Test
        void a_record_is_seen_in_its_latest_version_effective_by_the_day_and_recorded_by_the_instant() {
            version("case", 0, D.minusDays(1), T.minusMillis(1));
            version("case", 1, D, T);
            version("case", 2, D.plusDays(1), T.plusMillis(1));

            assertThat(seen(D, T)).as("as at D, known at T").containsExactly(Map.entry("case", 1L));
            assertThat(seen(D, T.minusMillis(1))).as("known a millisecond earlier").containsExactly(Map.entry("case", 0L));
            assertThat(seen(D.minusDays(1), T)).as("as at the day before").containsExactly(Map.entry("case", 0L));
            assertThat(seen(D, T.plusMillis(1))).as("known a millisecond later, still as at D")
                    .containsExactly(Map.entry("case", 1L));
            assertThat(seen(D.plusDays(1), T)).as("as at the day after, still known at T")
                    .containsExactly(Map.entry("case", 1L));
            assertThat(seen(D.plusDays(1), T.plusMillis(1))).as("as at the day after, known a millisecond later")
                    .containsExactly(Map.entry("case", 2L));
        }

        @Test
        void a_version_counts_from_its_effective_day_and_its_recorded_instant_inclusive() {
            for (int days = -1; days <= 1; days++) {
                for (int millis = -1; millis <= 1; millis++) {
                    version("day%+d at T%+dms".formatted(days, millis), 0, D.plusDays(days), T.plusMillis(millis));
                }
            }

            assertThat(seen(D, T)).containsOnlyKeys("day-1 at T-1ms", "day-1 at T+0ms", "day+0 at T-1ms", "day+0 at T+0ms");
        }

        @Test
        void a_version_effective_after_the_day_does_not_count_though_recorded_before_the_instant() {
            version("case", 0, D.minusDays(1), T.minusMillis(2));
            version("case", 1, D.plusDays(1), T.minusMillis(1));

            assertThat(seen(D, T)).containsExactly(Map.entry("case", 0L));
        }

        @Test
        void a_version_recorded_after_the_instant_does_not_count_though_effective_by_the_day() {
            version("case", 0, D.minusDays(1), T.minusMillis(1));
            version("case", 1, D.minusDays(1), T.plusMillis(1));

            assertThat(seen(D, T)).containsExactly(Map.entry("case", 0L));
        }

        @Test
        void a_record_with_no_version_by_the_day_and_the_instant_is_absent() {
            version("effective later", 0, D.plusDays(1), T.minusMillis(1));
            version("recorded later", 0, D.minusDays(1), T.plusMillis(1));
            version("seen", 0, D, T);

            assertThat(seen(D, T)).containsOnlyKeys("seen");
        }

        @Test
        void one_record_s_later_versions_do_not_hide_another_s() {
            for (long seq = 0; seq <= 3; seq++) {
                version("many versions", seq, D.minusDays(1), T.minusMillis(1));
            }
            version("one version", 0, D, T);

            assertThat(seen(D, T)).containsOnly(Map.entry("many versions", 3L), Map.entry("one version", 0L));
        }

        @Test
        void the_versions_cannot_take_the_alias_of_the_subquery() {
            assertThatThrownBy(() -> AsAt.latestVersions("w", "record_version", "record_id"))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        private void version(String recordId, long seq, LocalDate effectiveFrom, Instant recordedAt) {
            jdbc.update("INSERT INTO record_version (record_id, seq, effective_from, recorded_at) VALUES (?, ?, ?, ?)",
                    recordId, seq, AsAt.sqlDate(effectiveFrom), AsAt.utc(recordedAt));
        }

        /** The seq of each record's version as at (day, knownAt), by record, in the order of their ids. */
        private Map<String, Long> seen(LocalDate day, Instant knownAt) {
            Map<String, Long> seqs = new LinkedHashMap<>();
            jdbc.query("SELECT v.record_id, v.seq FROM record_version v WHERE "
                            + AsAt.latestVersions("v", "record_version", "record_id") + " ORDER BY v.record_id",
                    row -> {
                        seqs.put(row.getString("record_id"), row.getLong("seq"));
                    },
                    new AsAt(day, knownAt).arguments().toArray());
            return seqs;
        }
    }
}
