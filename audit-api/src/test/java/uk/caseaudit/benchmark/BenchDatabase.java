package uk.caseaudit.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import uk.caseaudit.support.TestDatabase;

/**
 * A fresh database for one size of one run: an H2 file database under {@code target/benchmark/h2} with the embedded
 * default's own settings ({@code WRITE_DELAY=0}: every answered command is on disk), or a new database on the
 * PostgreSQL server; deleted or dropped by {@link #drop()}.
 */
final class BenchDatabase {

    enum Kind {
        H2, POSTGRES;

        String label() {
            return this == H2 ? "h2" : "postgres";
        }

        static Kind parse(String name) {
            String trimmed = name.trim().toLowerCase(Locale.ROOT);
            return trimmed.startsWith("p") ? POSTGRES : H2;
        }
    }

    final Kind kind;
    final String url;
    final String user;
    private final String name;
    private final String server;
    private final Path h2Folder;

    private BenchDatabase(Kind kind, String url, String user, String name, String server, Path h2Folder) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.name = name;
        this.server = server;
        this.h2Folder = h2Folder;
    }

    static BenchDatabase fresh(Kind kind, String label, String postgresServer, Path workFolder) {
        String name = "case_audit_bench_" + label + "_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
        if (kind == Kind.H2) {
            Path folder = workFolder.resolve("h2").resolve(name);
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new BenchDatabase(kind, "jdbc:h2:file:" + folder.toAbsolutePath().resolve("case-audit")
                    + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "sa", name, null, folder);
        }
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + postgresServer + "/postgres",
                "postgres", ""); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the benchmark database on " + postgresServer, e);
        }
        // The service's connection settings, so the machine's limits are measured as it works.
        return new BenchDatabase(kind, "jdbc:postgresql://" + postgresServer + "/" + name
                + TestDatabase.POSTGRES_SETTINGS, "postgres", name,
                postgresServer, null);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    /** Bytes on disk (H2's file) or the database's size (PostgreSQL). */
    long sizeBytes() {
        try {
            if (kind == Kind.H2) {
                try (Stream<Path> files = Files.walk(h2Folder)) {
                    return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
                }
            }
            try (Connection connection = connect(); Statement statement = connection.createStatement();
                 var result = statement.executeQuery("SELECT pg_database_size(current_database())")) {
                result.next();
                return result.getLong(1);
            }
        } catch (IOException | SQLException e) {
            return -1;
        }
    }

    void drop() {
        if (kind == Kind.H2) {
            try (Stream<Path> files = Files.walk(h2Folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                System.err.println("Could not delete " + h2Folder + ": " + e.getMessage());
            }
            return;
        }
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + server + "/postgres",
                "postgres", ""); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop " + name + ": " + e.getMessage());
        }
    }
}
