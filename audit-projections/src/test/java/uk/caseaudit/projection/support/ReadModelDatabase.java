package uk.caseaudit.projection.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh database with every read model's migrations (those in their folders) and the kit tests' own
 * ({@code db/kit}): in-memory H2, and a new PostgreSQL database when {@code -Daudit.test.postgres=host:port} names a
 * server (dropped on {@link #close}; one left by a killed run is dropped by {@code .ci/run}).
 */
public final class ReadModelDatabase implements AutoCloseable {

    private static final String SERVER = System.getProperty("audit.test.postgres", "");
    private static final String RUN = ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final String kind;
    private final String name;
    private final SingleConnectionDataSource dataSource;
    public final JdbcTemplate jdbc;
    public final TransactionTemplate transaction;

    private ReadModelDatabase(String kind) {
        this.kind = kind;
        this.name = "case_audit_test_" + RUN + "_p" + COUNT.incrementAndGet();
        String url = kind.equals("postgres") ? createPostgres(name) : "jdbc:h2:mem:" + name;
        this.dataSource = new SingleConnectionDataSource(url, kind.equals("postgres") ? "postgres" : "sa", "", true);
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:uk/caseaudit/projection", "classpath:db/kit")
                .load().migrate();
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** The databases the tests run on: H2, and PostgreSQL when a server is named. */
    public static List<String> kinds() {
        List<String> kinds = new ArrayList<>(List.of("h2"));
        if (!SERVER.isBlank()) {
            kinds.add("postgres");
        }
        return kinds;
    }

    public static ReadModelDatabase open(String kind) {
        return new ReadModelDatabase(kind);
    }

    @Override
    public void close() {
        dataSource.destroy();
        if (kind.equals("postgres")) {
            admin("DROP DATABASE IF EXISTS " + name);
        }
    }

    @Override
    public String toString() {
        return kind;
    }

    private static String createPostgres(String name) {
        admin("CREATE DATABASE " + name);
        return "jdbc:postgresql://" + SERVER + "/" + name;
    }

    private static void admin(String sql) {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", "postgres", "");
             Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " refused: " + sql, e);
        }
    }
}
