package uk.caseaudit.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.caseaudit.durability.CrashTest.assertEveryAcknowledgedEventStoredOnce;
import static uk.caseaudit.durability.CrashTest.byCommand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.caseaudit.durability.CommandLoad.Acknowledged;
import uk.caseaudit.support.TestDatabase;

/**
 * PostgreSQL restarted under load (PostgreSQL suite only, and skipped while other processes have sessions on the
 * server: it restarts the suite's local server, ending every session, and ends only once the server accepts
 * connections again): the running service fails at most the commands the restart catches in flight, then
 * acknowledges again without a restart of its own, loses no acknowledged command, and its read models catch up
 * (every later command reads back) and equal a fresh replay.
 */
@Tag("integration")
class CrashPostgresRestartTest {

    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_AND_AFTER = 40;
    private static final Duration PROGRESS_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POSTGRES_TIMEOUT = Duration.ofSeconds(60);

    @Test
    void the_service_recovers_from_a_postgres_restart_under_load_without_a_restart_of_its_own_and_loses_no_acknowledged_command()
            throws Exception {
        Assumptions.assumeTrue(TestDatabase.isPostgres(), "only in the PostgreSQL suite");
        String server = System.getProperty("audit.test.postgres", "");
        String host = server.substring(0, server.lastIndexOf(':'));
        String port = server.substring(server.lastIndexOf(':') + 1);
        Assumptions.assumeTrue(List.of("127.0.0.1", "localhost").contains(host),
                "the PostgreSQL server must be this machine's, to be restarted: " + server);

        Path folder = Files.createTempDirectory("case-audit-postgres-restart");
        String url = TestDatabase.fresh();
        Instant began = Instant.now();
        try (ServiceProcess service = new ServiceProcess(folder, List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + TestDatabase.user(), "--spring.datasource.password="))) {
            ServiceClient client = new ServiceClient(service.port());
            service.start();
            CommandLoad load = CommandLoad.start(client, WRITERS);
            Instant startedBefore;
            Instant restartBegan;
            Instant restartEnded;
            try (load) {
                client.awaitReadModelsProcessing(Duration.ofSeconds(30)); // the restart hits the read models too
                assertThat(load.awaitAcknowledged(ACKNOWLEDGED_BEFORE_AND_AFTER, PROGRESS_TIMEOUT))
                        .as("commands acknowledged before the restart\n" + service.logTail()).isTrue();
                List<String> others = otherClients(server);
                Assumptions.assumeTrue(others.isEmpty(), "PostgreSQL also serves other clients now, whose sessions "
                        + "a restart would end: " + others);
                startedBefore = postmasterStartTime(server);
                restartBegan = Instant.now();
                try {
                    restartPostgres();
                } finally {
                    awaitPostgresAcceptingConnections(host, port); // whatever happened: the rest of the suite needs it
                }
                restartEnded = Instant.now();
                Instant restarted = restartEnded;
                assertThat(load.awaitAcknowledged(ack -> ack.at().isAfter(restarted), ACKNOWLEDGED_BEFORE_AND_AFTER,
                        PROGRESS_TIMEOUT)).as("commands acknowledged after the restart, the service left running\n"
                        + service.logTail()).isTrue();
                load.stop();
            }
            assertThat(service.isAlive()).as("the service kept running").isTrue();
            assertThat(service.starts()).as("starts of the service").isEqualTo(1);
            assertThat(postmasterStartTime(server)).as("PostgreSQL's start time after the restart")
                    .isAfter(startedBefore);
            // The restart ended every session: the service met its broken connections and replaced them.
            List<String> brokenConnections = service.logLines().stream().filter(line -> line.contains("HikariPool")
                    && (line.contains("marked as broken") || line.contains("Failed to validate connection"))).toList();
            assertThat(brokenConnections).as("broken connections the service's pool met").isNotEmpty();
            long abortedBatches = service.logLines().stream().filter(line -> line.contains("Aborting Work Package"))
                    .count();
            // Whatever was in flight in PostgreSQL failed (no answer, or 5xx); there may be none, as writers spend
            // part of each command outside the database. Nothing failed before the restart.
            List<Instant> failures = load.failures();
            assertThat(failures).as("commands failed").allSatisfy(failure ->
                    assertThat(failure).isAfterOrEqualTo(restartBegan));
            Instant lastFailure = failures.stream().max(Comparator.naturalOrder()).orElse(restartBegan);
            Instant firstAfter = load.acknowledged().stream().map(Acknowledged::at)
                    .filter(at -> at.isAfter(lastFailure)).min(Comparator.naturalOrder()).orElseThrow();

            // Read your writes: every command acknowledged after the restart is visible in the read models.
            List<Acknowledged> afterRestart = load.acknowledged().stream()
                    .filter(ack -> ack.at().isAfter(restartEnded)).toList();
            Acknowledged newest = afterRestart.stream().max(Comparator.comparingLong(Acknowledged::position))
                    .orElseThrow();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .until(() -> client.get("qa-lead", newest.command().readPath(newest.aggregateId())
                            + "?minPosition=" + newest.position()).status() == 200);
            Instant readModelsCaughtUp = Instant.now();
            List<String> invisible = new ArrayList<>();
            for (Acknowledged ack : afterRestart) {
                ServiceClient.Answer read = client.get("qa-lead", ack.command().readPath(ack.aggregateId())
                        + "?minPosition=" + ack.position());
                if (read.status() != 200) {
                    invisible.add(ack + ": " + read.status() + " " + read.body());
                }
            }
            assertThat(invisible).as("commands acknowledged after the restart not read back with minPosition")
                    .isEmpty();

            client.awaitReadModelsCaughtUp(Duration.ofSeconds(60));
            assertThat(client.deadLetters()).as("dead letters after the restart").isZero();
            StoredState live = StoredState.read(url, TestDatabase.user());
            assertEveryAcknowledgedEventStoredOnce(load.acknowledged(), live);

            client.replayEveryReadModel();
            client.awaitReadModelsCaughtUp(Duration.ofSeconds(60));
            assertThat(client.deadLetters()).as("dead letters after the replay").isZero();
            StoredState replayed = StoredState.read(url, TestDatabase.user());
            assertThat(replayed.liveCopies()).as("every read model switched to its rebuilt copy")
                    .allSatisfy((readModel, copy) -> assertThat(copy).isNotEqualTo(live.liveCopies().get(readModel)));
            for (String table : StoredState.READ_MODEL_TABLES.keySet()) {
                assertThat(replayed.readModels().get(table)).as(table + " rebuilt by a fresh replay")
                        .hasSameSizeAs(live.readModels().get(table)).isEqualTo(live.readModels().get(table));
            }
            assertThat(load.refusals()).as("refusals (an acknowledged step lost would be refused)").isEmpty();
            assertThat(service.stop()).as("exit code after SIGTERM\n" + service.logTail()).isIn(0, 143);

            System.out.printf("CrashPostgresRestartTest: %d commands acknowledged %s (%d after the restart), "
                            + "pg_ctlcluster restart took %d ms, %d unanswered and %d 5xx (the last %d ms after it "
                            + "began), %d broken connections replaced, %d read-model batches aborted, first "
                            + "acknowledgement after the last failure at %d ms, read models caught up with the newest "
                            + "at %d ms; %d events, read models %s, %d s in all%n",
                    load.acknowledgedCount(), byCommand(load.acknowledged()), afterRestart.size(),
                    millis(restartBegan, restartEnded), load.unanswered(), load.serverErrors(),
                    millis(restartBegan, lastFailure), brokenConnections.size(), abortedBatches,
                    millis(restartBegan, firstAfter), millis(restartBegan, readModelsCaughtUp), live.events(),
                    live.readModelSizes(), Duration.between(began, Instant.now()).toSeconds());
            service.deleteFolder();
        }
    }

    /**
     * The databases of other processes' sessions (another test run, another tool) on the server: this JVM's own test
     * databases are named after its process id (see {@link TestDatabase}).
     */
    private static List<String> otherClients(String server) throws SQLException {
        String own = "case_audit_test_" + ProcessHandle.current().pid() + "_";
        List<String> others = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + server + "/postgres",
                "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT datname, COUNT(*) FROM pg_stat_activity
                     WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND datname IS NOT NULL
                     GROUP BY datname ORDER BY datname""")) {
            while (rows.next()) {
                if (!rows.getString(1).startsWith(own)) {
                    others.add(rows.getString(1) + " (" + rows.getLong(2) + " sessions)");
                }
            }
        }
        return others;
    }

    private static Instant postmasterStartTime(String server) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + server + "/postgres",
                "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT pg_postmaster_start_time()")) {
            row.next();
            return row.getTimestamp(1).toInstant();
        }
    }

    private static long millis(Instant from, Instant to) {
        return Duration.between(from, to).toMillis();
    }

    /** Restarts the local PostgreSQL cluster (fast shutdown: every session is ended) and waits for the command. */
    private static void restartPostgres() throws IOException, InterruptedException {
        Process restart = new ProcessBuilder("bash", "-c",
                "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main restart")
                .redirectErrorStream(true).start();
        if (!restart.waitFor(POSTGRES_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            restart.destroyForcibly();
            throw new IllegalStateException("pg_ctlcluster restart did not end within " + POSTGRES_TIMEOUT);
        }
        String output = new String(restart.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(restart.exitValue()).as("pg_ctlcluster restart: " + output).isZero();
    }

    private static void awaitPostgresAcceptingConnections(String host, String port)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(POSTGRES_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Process ready = new ProcessBuilder("pg_isready", "-h", host, "-p", port).redirectErrorStream(true).start();
            ready.getInputStream().readAllBytes();
            if (ready.waitFor(10, TimeUnit.SECONDS) && ready.exitValue() == 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("PostgreSQL did not accept connections within " + POSTGRES_TIMEOUT);
    }
}
