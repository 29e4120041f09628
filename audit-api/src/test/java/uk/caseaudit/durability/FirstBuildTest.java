package uk.caseaudit.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.caseaudit.api.command.CommandSender;
import uk.caseaudit.audit.AuditType;
import uk.caseaudit.audit.ScheduleAudit;
import uk.caseaudit.support.ReadModelNames;
import uk.caseaudit.projection.audits.AuditView;
import uk.caseaudit.support.TestDatabase;

/**
 * A read model's first build: over an empty event store the read models start live; over stored events with no
 * read model yet (a database restored with its events only, a read model new in a release) each is built as a
 * rebuild, into the copy clients do not read, and switched to once it has caught up.
 */
@Tag("integration")
class FirstBuildTest {

    private final String database = TestDatabase.fresh();

    @Test
    void read_models_first_built_over_stored_events_are_rebuilt_and_switched_to_while_over_an_empty_store_they_start_live()
            throws SQLException {
        List<String> audits = List.of("first-build-1", "first-build-2", "first-build-3");
        long versions;
        try (ConfigurableApplicationContext first = EmbeddedService.start(database)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            assertThat(slots(jdbc)).as("over an empty store").isEqualTo(live("a"));
            audits.forEach(auditId -> first.getBean(CommandSender.class).send(schedule(auditId)));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> audits.stream().allMatch(id -> EmbeddedService.findAudit(first, id) != null));
            assertThat(slots(jdbc)).isEqualTo(live("a"));
            versions = jdbc.queryForObject("SELECT COUNT(*) FROM audit_version", Long.class);
        }
        // The read models as if they had never run (the service stopped): no tokens, nothing in their tables.
        try (Connection connection = DriverManager.getConnection(database, TestDatabase.user(), "");
             Statement statement = connection.createStatement()) {
            for (String table : List.of("TokenEntry", "audit_grade_version_a", "audit_version_a",
                    "case_of_concern_version_a", "action_version_a")) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }

        try (ConfigurableApplicationContext second = EmbeddedService.start(database)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> slots(jdbc).equals(live("b")));

            assertThat(audits).allSatisfy(auditId -> {
                AuditView audit = EmbeddedService.findAudit(second, auditId);
                assertThat(audit).isNotNull();
                assertThat(audit.team()).isEqualTo("Chelt Assess");
            });
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_version", Long.class)).isEqualTo(versions);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_version_a", Long.class)).isZero();
        }
    }

    private static Map<String, String> live(String copy) {
        return Map.of("audits", copy, "register", copy, "action-tracker", copy);
    }

    /** Each read model's live copy, or "building" while it is rebuilt. */
    private static Map<String, String> slots(JdbcTemplate jdbc) {
        Map<String, String> slots = new HashMap<>();
        jdbc.query("SELECT read_model, live, building FROM read_model_slot", (ResultSet row) -> {
            slots.put(row.getString("read_model"), row.getString("building") == null ? row.getString("live")
                    : "building");
        });
        assertThat(slots.keySet()).containsExactlyInAnyOrderElementsOf(ReadModelNames.ALL);
        return slots;
    }

    private static ScheduleAudit schedule(String auditId) {
        return new ScheduleAudit(auditId, YearMonth.of(2018, 5), "5067991", "Chelt Assess", "Safeguarding",
                AuditType.CASE_FILE, "J Smith", LocalDate.of(2018, 5, 25), LocalDate.of(2018, 5, 1));
    }
}
