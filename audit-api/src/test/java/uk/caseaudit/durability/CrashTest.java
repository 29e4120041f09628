package uk.caseaudit.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.caseaudit.durability.CommandLoad.Acknowledged;
import uk.caseaudit.support.TestDatabase;

/**
 * Killed with SIGKILL again and again while writers send commands, the service keeps every command it acknowledged,
 * each event once, and its read models equal a fresh replay, on the embedded H2 default (application.yml's own URL,
 * whose WRITE_DELAY=0 is what keeps commits through a kill) and, in the PostgreSQL suite, on PostgreSQL.
 */
@Tag("integration")
class CrashTest {

    private static final int WRITERS = 4;
    private static final int KILLS = 3;
    /**
     * Each kill comes once the read models' processors hold their segments again and this many more commands have
     * been acknowledged.
     */
    private static final int ACKNOWLEDGED_BETWEEN_KILLS = 40;
    private static final Duration PROGRESS_TIMEOUT = Duration.ofSeconds(60);

    @Test
    void every_acknowledged_command_survives_repeated_kill_minus_9_and_the_read_models_equal_a_fresh_replay()
            throws Exception {
        Path folder = Files.createTempDirectory("case-audit-crash");
        Database database = Database.forThisSuite(folder);
        List<Long> killedAt = new ArrayList<>();
        List<Duration> startTimes = new ArrayList<>();
        CommandLoad load;
        Instant began = Instant.now();
        try (ServiceProcess service = new ServiceProcess(folder, database.serviceArguments())) {
            ServiceClient client = new ServiceClient(service.port());
            startTimes.add(service.start());
            load = CommandLoad.start(client, WRITERS);
            try (load) {
                for (int kill = 1; kill <= KILLS; kill++) {
                    // Each kill lands while the read models are being written too, not only the event store.
                    client.awaitReadModelsProcessing(Duration.ofSeconds(30));
                    long target = load.acknowledgedCount() + ACKNOWLEDGED_BETWEEN_KILLS;
                    assertThat(load.awaitAcknowledged(target, PROGRESS_TIMEOUT))
                            .as("%d commands acknowledged before kill %d\n%s", target, kill, service.logTail())
                            .isTrue();
                    service.kill(); // SIGKILL while the writers are sending
                    killedAt.add(load.acknowledgedCount());
                    startTimes.add(service.start()); // on the same database and port; the writers carry on
                }
                long target = load.acknowledgedCount() + ACKNOWLEDGED_BETWEEN_KILLS;
                assertThat(load.awaitAcknowledged(target, PROGRESS_TIMEOUT))
                        .as("%d commands acknowledged after the last restart\n%s", target, service.logTail()).isTrue();
                load.stop();
            }
            Instant loadStopped = Instant.now();
            client.awaitReadModelsCaughtUp(Duration.ofSeconds(60));
            Duration catchUp = Duration.between(loadStopped, Instant.now());
            assertThat(client.deadLetters()).as("dead letters after the kills").isZero();
            int exit = service.stop();
            assertThat(exit).as("exit code after SIGTERM\n" + service.logTail()).isIn(0, 143);

            StoredState afterKills = StoredState.read(database.jdbcUrl(), database.user());
            assertEveryAcknowledgedEventStoredOnce(load.acknowledged(), afterKills);

            startTimes.add(service.start());
            Instant replayBegan = Instant.now();
            client.replayEveryReadModel();
            client.awaitReadModelsCaughtUp(Duration.ofSeconds(60));
            Duration replay = Duration.between(replayBegan, Instant.now());
            assertThat(client.deadLetters()).as("dead letters after the replay").isZero();
            assertThat(service.stop()).as("exit code after SIGTERM\n" + service.logTail()).isIn(0, 143);

            StoredState replayed = StoredState.read(database.jdbcUrl(), database.user());
            assertThat(replayed.events()).as("events after the replay").isEqualTo(afterKills.events());
            assertThat(replayed.liveCopies()).as("every read model switched to its rebuilt copy")
                    .allSatisfy((readModel, copy) -> assertThat(copy)
                            .isNotEqualTo(afterKills.liveCopies().get(readModel)));
            for (String table : StoredState.READ_MODEL_TABLES.keySet()) {
                assertThat(replayed.readModels().get(table)).as(table + " rebuilt by a fresh replay")
                        .hasSameSizeAs(afterKills.readModels().get(table))
                        .isEqualTo(afterKills.readModels().get(table));
            }
            assertThat(afterKills.readModels()).as("every read model has rows")
                    .allSatisfy((table, rows) -> assertThat(rows).as(table).isNotEmpty());
            assertThat(load.refusals()).as("refusals (an acknowledged step lost would be refused)").isEmpty();

            System.out.printf("CrashTest [%s]: %d commands acknowledged %s, killed %d times (after %s), "
                            + "%d unanswered and %d 5xx during the kills, %d events of %d aggregates, read models %s, "
                            + "starts %s ms, load %d s, read models caught up %d ms after the load, replay %d ms, "
                            + "%d s in all%n",
                    database.name(), load.acknowledgedCount(), byCommand(load.acknowledged()), KILLS, killedAt,
                    load.unanswered(), load.serverErrors(), afterKills.events(), afterKills.sequences().size(),
                    afterKills.readModelSizes(), startTimes.stream().map(Duration::toMillis).toList(),
                    Duration.between(began, loadStopped).toSeconds(), catchUp.toMillis(), replay.toMillis(),
                    Duration.between(began, Instant.now()).toSeconds());
            service.deleteFolder();
        }
    }

    /**
     * Every acknowledged command's event is stored where its answer said (aggregate, version, position), no two
     * answers name one event, and every aggregate's events are numbered 0..n-1 with no hole and no repeat.
     */
    static void assertEveryAcknowledgedEventStoredOnce(List<Acknowledged> acknowledged, StoredState stored) {
        assertThat(acknowledged).as("acknowledged commands").isNotEmpty();
        List<String> missing = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        for (Acknowledged ack : acknowledged) {
            Long position = stored.position(ack.aggregateId(), ack.version());
            if (position == null || position != ack.position()) {
                missing.add(ack + " stored at " + position);
            }
            assertThat(answered.add(ack.aggregateId() + "#" + ack.version())).as("answered twice: " + ack).isTrue();
        }
        assertThat(missing).as("acknowledged commands whose event is not stored as answered").isEmpty();
        assertThat(stored.distinctEventIds()).as("event identifiers").isEqualTo(stored.events());
        assertThat(stored.sequences()).as("aggregates whose events are not 0..n-1, each once")
                .allSatisfy((aggregate, sequence) -> assertThat(sequence.isUnbroken()).as(aggregate + " " + sequence)
                        .isTrue());
    }

    static Map<CommandLoad.Command, Long> byCommand(List<Acknowledged> acknowledged) {
        Map<CommandLoad.Command, Long> counts = new TreeMap<>();
        acknowledged.forEach(ack -> counts.merge(ack.command(), 1L, Long::sum));
        return counts;
    }

    /** The database of a run: the service's arguments for it, and how the test reads it. */
    record Database(String name, List<String> serviceArguments, String jdbcUrl, String user) {

        /**
         * In the PostgreSQL suite a fresh PostgreSQL database; otherwise the embedded default exactly as shipped:
         * no datasource argument, so application.yml's URL (./data/case-audit, WRITE_DELAY=0) in the service's
         * working folder is what is under test.
         */
        static Database forThisSuite(Path folder) {
            if (TestDatabase.isPostgres()) {
                String url = TestDatabase.fresh();
                return new Database("PostgreSQL", List.of("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + TestDatabase.user(), "--spring.datasource.password="),
                        url, TestDatabase.user());
            }
            return new Database("H2", List.of(),
                    "jdbc:h2:file:" + folder.resolve("data").resolve("case-audit"), "sa");
        }
    }
}
