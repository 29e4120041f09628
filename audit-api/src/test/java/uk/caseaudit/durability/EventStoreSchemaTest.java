package uk.caseaudit.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.caseaudit.api.command.CommandSender;
import uk.caseaudit.audit.AuditType;
import uk.caseaudit.audit.ScheduleAudit;
import uk.caseaudit.support.IntegrationTest;
import uk.caseaudit.support.TestDatabase;

class EventStoreSchemaTest extends IntegrationTest {

    @Autowired
    CommandSender commands;

    @Test
    void payloads_and_metadata_are_plain_bytes_not_large_objects() {
        List<String> types = jdbc.queryForList("""
                SELECT LOWER(data_type) FROM information_schema.columns
                WHERE LOWER(table_name) = 'domainevententry' AND LOWER(column_name) IN ('payload', 'metadata')""",
                String.class);

        assertThat(types).hasSize(2).allMatch(type -> type.equals(TestDatabase.isPostgres() ? "bytea" : "binary varying"));
        if (TestDatabase.isPostgres()) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pg_largeobject_metadata", Long.class)).isZero();
        }
    }

    @Test
    void positions_of_events_written_one_after_another_follow_each_other_without_gaps() {
        List<Long> positions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            positions.add(commands.send(new ScheduleAudit(UUID.randomUUID().toString(), YearMonth.of(2018, 5), "5067991",
                    "Chelt Assess", "Safeguarding", AuditType.CASE_FILE, "J Smith", LocalDate.of(2018, 5, 25),
                    LocalDate.of(2018, 5, 1))).position());
        }

        assertThat(positions.get(1)).isEqualTo(positions.get(0) + 1);
        assertThat(positions.get(2)).isEqualTo(positions.get(1) + 1);
    }
}
