package uk.caseaudit.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.caseaudit.projection.readmodel.VersionedTable;
import uk.caseaudit.support.TestDatabase;

/**
 * A rebuild reads the latest versions of each batch's records from a copy of a read model's table that PostgreSQL has
 * no statistics for (it was emptied when the rebuild started; autovacuum may be off, or not round yet), and does so
 * thousands of times while the table grows to millions of rows. Each read must stay an index lookup per record:
 * planned as a scan of the whole table, a national rebuild slowed down as its tables grew.
 */
@Tag("integration")
class LatestVersionsPlanTest {

    private static final int RECORDS = 20_000;
    private static final int VERSIONS = 10;
    private static final int BATCH = 300;

    private Connection connection;

    @BeforeEach
    void connect() throws SQLException {
        assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only");
        connection = DriverManager.getConnection(TestDatabase.fresh(), TestDatabase.user(), "");
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE record_version (record_id VARCHAR(64) NOT NULL, seq BIGINT NOT NULL, "
                    + "note VARCHAR(2000), CONSTRAINT record_version_pk PRIMARY KEY (record_id, seq))");
        }
    }

    @AfterEach
    void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }

    @Test
    void the_latest_versions_of_a_batch_are_read_by_index_from_a_table_without_statistics() throws SQLException {
        fill();

        String plan = plan(ids(BATCH));

        assertThat(plan).startsWith("Nested Loop").contains("Index Scan").doesNotContain("Seq Scan");
    }

    @Test
    void a_statement_prepared_while_the_table_was_empty_is_planned_again_for_the_table_grown_since()
            throws SQLException {
        List<String> ids = ids(3);
        String query = VersionedTable.latestQuery("record_version", "record_id", ids.size());
        for (int i = 1; i <= ids.size(); i++) {
            query = query.replaceFirst("\\?", "\\$" + i);
        }
        String arguments = ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement()) {
            statement.execute("PREPARE latest AS " + query);
            for (int run = 0; run < 10; run++) { // past the 5 runs after which PostgreSQL may keep a generic plan
                statement.execute("EXECUTE latest(" + arguments + ")");
            }
            fill();

            assertThat(plan(statement, "EXPLAIN EXECUTE latest(" + arguments + ")"))
                    .startsWith("Nested Loop").contains("Index Scan").doesNotContain("Seq Scan");
        }
    }

    /** Each record's versions, inserted in the order a rebuild writes them (record by record, spread out). */
    private void fill() throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO record_version (record_id, seq, note) VALUES (?, ?, ?)")) {
            for (int seq = 0; seq < VERSIONS; seq++) {
                for (int record = 0; record < RECORDS; record++) {
                    insert.setString(1, id(record));
                    insert.setLong(2, seq);
                    insert.setString(3, "x".repeat(200));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    private String plan(List<String> ids) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement(
                "EXPLAIN " + VersionedTable.latestQuery("record_version", "record_id", ids.size()))) {
            for (int i = 0; i < ids.size(); i++) {
                explain.setString(i + 1, ids.get(i));
            }
            try (ResultSet rows = explain.executeQuery()) {
                return lines(rows);
            }
        }
    }

    private static String plan(Statement statement, String explain) throws SQLException {
        try (ResultSet rows = statement.executeQuery(explain)) {
            return lines(rows);
        }
    }

    private static String lines(ResultSet rows) throws SQLException {
        List<String> lines = new ArrayList<>();
        while (rows.next()) {
            lines.add(rows.getString(1));
        }
        return String.join("\n", lines);
    }

    private static List<String> ids(int count) {
        return IntStream.range(0, count).map(i -> i * (RECORDS / count)).mapToObj(LatestVersionsPlanTest::id)
                .collect(Collectors.toList());
    }

    private static String id(int record) {
        return String.format("record-%08d", record);
    }
}
