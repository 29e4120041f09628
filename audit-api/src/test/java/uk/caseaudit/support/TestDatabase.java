package uk.caseaudit.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database an integration test runs on: an H2 file database in a temporary folder (the embedded
 * default's own settings), or, when {@code -Daudit.test.database=postgres}, a fresh database on the
 * PostgreSQL server named by {@code -Daudit.test.postgres=host:port}, dropped by the next run.
 */
public final class TestDatabase {

    /**
     * The connection settings of the service's postgres profile (its datasource properties) as URL parameters, so the
     * suite and the benchmark work as production does: batched inserts as multi-row INSERTs, no JIT, a plan per
     * execution, the service's default append time limit.
     */
    public static final String POSTGRES_SETTINGS = "?reWriteBatchedInserts=true"
            + "&options=-c%20jit%3Doff%20-c%20plan_cache_mode%3Dforce_custom_plan"
            + "%20-c%20case_audit.append_timeout%3D3s";
    private static final boolean POSTGRES = "postgres".equals(System.getProperty("audit.test.database"));
    private static final String RUN = Long.toString(ProcessHandle.current().pid()) + "_" + System.currentTimeMillis();
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static boolean CLEANED;
    private static Path h2Folder;

    private TestDatabase() {
    }

    public static boolean isPostgres() {
        return POSTGRES;
    }

    /** A new, empty database; its JDBC URL. */
    public static synchronized String fresh() {
        String name = "case_audit_test_" + RUN + "_" + COUNT.incrementAndGet();
        return POSTGRES ? createPostgres(name) : h2(name);
    }

    public static String user() {
        return POSTGRES ? "postgres" : "sa";
    }

    private static String h2(String name) {
        try {
            if (h2Folder == null) {
                h2Folder = Files.createTempDirectory("case-audit-test");
            }
            return "jdbc:h2:file:" + h2Folder.resolve(name) + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create a folder for the H2 test database", e);
        }
    }

    private static String createPostgres(String name) {
        String server = System.getProperty("audit.test.postgres", "");
        if (server.isBlank()) {
            throw new IllegalStateException("audit.test.postgres must name the PostgreSQL server (host:port)");
        }
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + server + "/postgres", "postgres", "");
             Statement statement = admin.createStatement()) {
            if (!CLEANED) {
                dropThoseOfEndedRuns(statement);
                CLEANED = true;
            }
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database on " + server, e);
        }
        return "jdbc:postgresql://" + server + "/" + name + POSTGRES_SETTINGS;
    }

    /**
     * Drops the test databases of runs whose process has ended (their names carry its pid). They are not dropped at
     * the end of their own run: a shutdown hook would race the Spring contexts still closing on them, which then
     * hang the JVM's exit. The last run's databases stay until the next run starts.
     */
    private static void dropThoseOfEndedRuns(Statement statement) throws SQLException {
        List<String> stale = new ArrayList<>();
        try (var names = statement.executeQuery(
                "SELECT datname FROM pg_database WHERE datname LIKE 'case_audit_test_%'")) {
            while (names.next()) {
                String database = names.getString(1);
                String[] parts = database.substring("case_audit_test_".length()).split("_");
                boolean ended = parts.length > 0 && parts[0].chars().allMatch(Character::isDigit)
                        && ProcessHandle.of(Long.parseLong(parts[0])).isEmpty();
                if (ended) {
                    stale.add(database);
                }
            }
        }
        for (String database : stale) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }
}
