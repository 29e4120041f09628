package uk.caseaudit.benchmark;

import uk.caseaudit.support.TestTokens;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The benchmark command (see the README): for each database and size, a fresh database, the service started as in
 * production (JWTs), a deterministic national-scale programme loaded in bulk through the event store, then, in this
 * order: the read models built from the first event (all together); query latency; command ingest over HTTP and through
 * the command gateway with 16 clients; the machine's limits on the same data; the same service with Axon's default
 * processor settings (ingest and rebuild); each read model rebuilt alone. Prints the Markdown tables and writes
 * {@code results.md} and {@code results.json} to {@code target/benchmark}. It asserts nothing about the figures: aims
 * are reported, not tested.
 *
 * <p>Tagged {@code benchmark}: excluded from {@code ./mvnw verify}, run by the {@code benchmark} profile only.
 */
@Tag("benchmark")
class BenchmarkTest {

    @Test
    void benchmark() throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Report report = new Report(settings);
        TestTokens tokens = new TestTokens();
        Path publicKey = tokens.publicKeyFile();
        List<BenchDatabase.Kind> databases = new ArrayList<>(settings.databases());
        if (databases.contains(BenchDatabase.Kind.POSTGRES)) {
            String version = postgresVersion(settings.postgres());
            if (version == null) {
                System.out.println("PostgreSQL is not answering on " + settings.postgres() + ": skipped (start it with "
                        + "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)");
                databases.remove(BenchDatabase.Kind.POSTGRES);
            } else {
                report.postgresVersion(version);
            }
        }
        for (BenchDatabase.Kind kind : databases) {
            for (Scale scale : settings.sizes()) {
                if (kind == BenchDatabase.Kind.H2 && scale == Scale.NATIONAL && !settings.h2National()) {
                    report.skipped("h2 national", "The embedded H2 file database (the default for trying the service "
                            + "out; production runs on PostgreSQL) would take the whole run's 30 minutes to load and "
                            + "build millions of events on its own: at the county size it loads ~5,000 events/s and "
                            + "its file grows ~7 KB an event. -Dbenchmark.h2National=true runs it anyway.");
                    continue;
                }
                RunResult run = new Run(settings, kind, scale, tokens, publicKey).execute();
                report.add(run);
                report.write();
            }
        }
        System.out.println();
        System.out.println(report.write());
        System.out.println("Written to " + settings.output().toAbsolutePath().resolve("results.md") + " and results.json");
    }

    private static String postgresVersion(String server) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + server + "/postgres",
                "postgres", ""); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW server_version")) {
            result.next();
            return "PostgreSQL " + result.getString(1).split(" ")[0];
        } catch (SQLException e) {
            return null;
        }
    }

    /** One database at one size, from a fresh database to its drop. */
    private static final class Run {

        private final Settings settings;
        private final BenchDatabase.Kind kind;
        private final Scale scale;
        private final TestTokens tokens;
        private final Path publicKey;
        private final RunResult result = new RunResult();

        Run(Settings settings, BenchDatabase.Kind kind, Scale scale, TestTokens tokens, Path publicKey) {
            this.settings = settings;
            this.kind = kind;
            this.scale = scale;
            this.tokens = tokens;
            this.publicKey = publicKey;
            result.database = kind.label();
            result.size = scale.label();
            result.councils = scale.councils;
        }

        RunResult execute() {
            long start = System.nanoTime();
            log("start");
            BenchDatabase database = BenchDatabase.fresh(kind, scale.label(), settings.postgres(), settings.output());
            try {
                try (Service service = Service.start(database, publicKey, Settings.OURS)) {
                    load(service, database);
                    step("build", () -> {
                        result.firstBuild = new RebuildRunner(service).firstBuild(settings.firstBuildTimeBox());
                        log("first build of all read models: " + describe(result.firstBuild));
                    });
                    step("queries", () -> {
                        result.queries = new QueryRunner(service, tokens, scale.councils).forFirstMonth(scale.firstMonth)
                                .run(settings.queryWarmup(), settings.queryRequests(),
                                        scale == Scale.NATIONAL ? settings.nationalQueryRequests() : 0);
                        result.queries.forEach(q -> log("query " + q.query() + " [" + q.scope() + "]: p50 "
                                + Report.ms(q.latency().p50()) + " ms, p99 " + Report.ms(q.latency().p99()) + " ms"
                                + (q.errors() > 0 ? ", errors " + q.errors() + ": " + q.firstError() : "")));
                    });
                    IngestRunner ingest = new IngestRunner(service, tokens);
                    for (IngestRunner.Mode mode : IngestRunner.Mode.values()) {
                        step("ingest", () -> {
                            IngestRunner.Result measured = ingest.run(mode, settings.clients(), settings.ingestWarmup(),
                                    settings.ingestTime(), mode.name().substring(0, 1));
                            result.ingest.add(measured);
                            log("ingest " + describe(measured));
                        });
                    }
                    step("limits", () -> {
                        result.limits = new MachineLimits(service).measure(settings.floorInsertEvents(),
                                settings.floorReadEvents(), settings.clients(), settings.transactionFloorTime());
                        log("limits: " + result.limits);
                    });
                }
                if (settings.baseline() && settings.runs("baseline", scale)) {
                    try (Service baseline = Service.start(database, publicKey, Settings.AXON_DEFAULTS)) {
                        step("baseline", () -> {
                            IngestRunner.Result measured = new IngestRunner(baseline, tokens).run(IngestRunner.Mode.HTTP,
                                    settings.clients(), settings.ingestWarmup(), settings.baselineIngestTime(), "B");
                            result.baselineIngest.add(measured);
                            log("baseline ingest " + describe(measured));
                        });
                        step("baseline", () -> {
                            result.baselineRebuild = new RebuildRunner(baseline).replay(RebuildRunner.readModels(),
                                    "all read models, Axon defaults", settings.baselineTimeBox());
                            log("baseline rebuild: " + describe(result.baselineRebuild));
                        });
                    }
                }
                if (settings.runs("replays", scale)) {
                    try (Service service = Service.start(database, publicKey, Settings.OURS)) {
                        RebuildRunner rebuilds = new RebuildRunner(service);
                        for (String readModel : RebuildRunner.readModels()) {
                            step("replays", () -> {
                                RebuildRunner.Result replayed = rebuilds.replay(List.of(readModel), readModel,
                                        settings.replayTimeBox());
                                result.replays.add(replayed);
                                log("rebuild " + describe(replayed));
                            });
                        }
                        step("replays", () -> {
                            result.replayAll = rebuilds.replay(RebuildRunner.readModels(), "all read models",
                                    settings.replayTimeBox());
                            log("rebuild of all read models together: " + describe(result.replayAll));
                        });
                    }
                }
            } catch (Exception e) {
                result.failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                log("failed: " + e);
                e.printStackTrace(System.out);
            } finally {
                if (settings.keepDatabases()) {
                    log("kept the database " + database.url);
                } else {
                    database.drop();
                }
            }
            result.seconds = (System.nanoTime() - start) / 1e9;
            result.computeRatios();
            log("done in " + Report.secs(result.seconds));
            return result;
        }

        private void load(Service service, BenchDatabase database) throws InterruptedException {
            service.stopProcessors();
            BulkLoader.Loaded loaded = new BulkLoader(service).load(new ProgrammeGenerator(scale, settings.seed()));
            result.events = loaded.stats().events;
            result.audits = loaded.stats().audits;
            result.casesOfConcern = loaded.stats().casesOfConcern;
            result.actions = loaded.stats().actions;
            result.eventsByType = loaded.stats().eventsByType;
            result.loadSeconds = loaded.seconds();
            result.loadEventsPerSecond = loaded.eventsPerSecond();
            result.databaseMegabytes = database.sizeBytes() >> 20;
            log(String.format(Locale.ROOT, "loaded %,d events (%,d audits) in %.1f s: %,.0f events/s; %d MB",
                    result.events, result.audits, result.loadSeconds, result.loadEventsPerSecond,
                    result.databaseMegabytes));
        }

        private interface Step {
            void run() throws Exception;
        }

        /** One measurement; a failure is reported with the results and the run goes on with the next. */
        private void step(String name, Step step) {
            if (!settings.runs(name, scale)) {
                return;
            }
            try {
                step.run();
            } catch (Exception | AssertionError e) {
                result.failures.add(name + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
                log(name + " failed: " + e);
                e.printStackTrace(System.out);
            }
        }

        private void log(String message) {
            System.out.printf(Locale.ROOT, "[benchmark %s %s] %s%n", kind.label(), scale.label(), message);
        }

        private static String describe(RebuildRunner.Result rebuild) {
            return String.format(Locale.ROOT, "%,.0f events/s, %.1f s%s, each %s", rebuild.eventsPerSecond(),
                    rebuild.seconds(), rebuild.finished() ? "" : " (time-boxed)", rebuild.secondsEach());
        }

        private static String describe(IngestRunner.Result ingest) {
            return String.format(Locale.ROOT, "%s: %,.0f commands/s (%d in %.0f s, %d errors%s), latency p50 %.1f p99 "
                            + "%.1f ms, visibility p50 %.1f p99 %.1f ms%s, drained in %.1f s", ingest.mode(),
                    ingest.commandsPerSecond(), ingest.commands(), ingest.seconds(), ingest.errors(),
                    ingest.firstError() == null ? "" : ": " + ingest.firstError(), ingest.latency().p50(),
                    ingest.latency().p99(), ingest.visibility().p50(), ingest.visibility().p99(),
                    ingest.readYourWrites() == null ? "" : String.format(Locale.ROOT,
                            ", read-your-writes p50 %.1f p99 %.1f ms", ingest.readYourWrites().p50(),
                            ingest.readYourWrites().p99()), ingest.drainSeconds());
        }
    }

    static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
