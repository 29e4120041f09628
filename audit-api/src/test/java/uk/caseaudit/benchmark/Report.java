package uk.caseaudit.benchmark;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The results as JSON ({@code results.json}) and as Markdown tables ({@code results.md}, also printed). */
final class Report {

    private final Settings settings;
    private final Map<String, Object> machine = new LinkedHashMap<>();
    private final List<RunResult> runs = new ArrayList<>();
    private final Map<String, String> skipped = new LinkedHashMap<>();
    private final OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

    Report(Settings settings) {
        this.settings = settings;
        machine.put("date", started.toString());
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            machine.put("memoryGiB", Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024)));
        }
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("heap", Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        machine.put("h2", org.h2.engine.Constants.FULL_VERSION);
    }

    void postgresVersion(String version) {
        machine.put("postgres", version);
    }

    void add(RunResult run) {
        runs.add(run);
    }

    /** A run left out, and why: printed under the tables and kept in the JSON. */
    void skipped(String run, String why) {
        skipped.put(run, why);
    }

    /** Writes both files; the Markdown text. */
    String write() throws IOException {
        Files.createDirectories(settings.output());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("machine", machine);
        json.put("settings", settings);
        json.put("runs", runs);
        json.put("skipped", skipped);
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        Files.writeString(settings.output().resolve("results.json"), mapper.writeValueAsString(json));
        String markdown = markdown();
        Files.writeString(settings.output().resolve("results.md"), markdown);
        return markdown;
    }

    private String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# case-audit benchmark, ").append(started.toLocalDate()).append("\n\n");
        md.append("Machine: ").append(machine.get("cores")).append(" cores, ").append(machine.get("memoryGiB"))
                .append(" GiB; ").append(machine.get("java")).append("; ").append(machine.get("os"))
                .append("; H2 ").append(machine.get("h2"));
        if (machine.containsKey("postgres")) {
            md.append("; ").append(machine.get("postgres"));
        }
        md.append(". Started ").append(machine.get("date")).append(", heap ").append(machine.get("heap"))
                .append(".\n\n");
        aims(md);
        md.append("## Data, ingest, rebuild and the machine's limits\n\n");
        table(md, List.of(
                row("councils / audits", r -> r.councils + " / " + count(r.audits)),
                row("events (cases of concern, actions)", r -> count(r.events) + " (" + count(r.casesOfConcern)
                        + ", " + count(r.actions) + ")"),
                row("database size", r -> r.databaseMegabytes + " MB"),
                row("bulk load through the event store", r -> rate(r.loadEventsPerSecond) + " events/s ("
                        + secs(r.loadSeconds) + ")"),
                row("**1. ingest HTTP, 16 clients**: commands/s", r -> ingest(r.ingest(IngestRunner.Mode.HTTP),
                        i -> "**" + rate(i.commandsPerSecond()) + "**")),
                row("HTTP latency p50 / p99", r -> ingest(r.ingest(IngestRunner.Mode.HTTP),
                        i -> ms(i.latency().p50()) + " / " + ms(i.latency().p99()))),
                row("HTTP visibility p50 / p99", r -> ingest(r.ingest(IngestRunner.Mode.HTTP),
                        i -> ms(i.visibility().p50()) + " / **" + ms(i.visibility().p99()) + "**")),
                row("HTTP read with minPosition after the answer p50 / p99", r -> ingest(
                        r.ingest(IngestRunner.Mode.HTTP), i -> i.readYourWrites() == null ? "" :
                                ms(i.readYourWrites().p50()) + " / " + ms(i.readYourWrites().p99()))),
                row("ingest gateway, 16 threads: commands/s", r -> ingest(r.ingest(IngestRunner.Mode.GATEWAY),
                        i -> "**" + rate(i.commandsPerSecond()) + "**")),
                row("gateway latency p50 / p99", r -> ingest(r.ingest(IngestRunner.Mode.GATEWAY),
                        i -> ms(i.latency().p50()) + " / " + ms(i.latency().p99()))),
                row("gateway visibility p50 / p99", r -> ingest(r.ingest(IngestRunner.Mode.GATEWAY),
                        i -> ms(i.visibility().p50()) + " / **" + ms(i.visibility().p99()) + "**")),
                row("**2. rebuild, all read models together**: events/s", r -> rebuild(r.replayAll)),
                row("first build of all read models (the service started on the loaded events: a rebuild, JIT cold)",
                        r -> rebuild(r.firstBuild)),
                row("rebuild audits alone", r -> rebuild(find(r.replays, "audits"))),
                row("rebuild register alone", r -> rebuild(find(r.replays, "register"))),
                row("rebuild action-tracker alone", r -> rebuild(find(r.replays, "action-tracker"))),
                row("**4. limit**: raw JDBC batch insert of the event rows", r -> r.limits == null ? "" :
                        rate(r.limits.batchInsert().perSecond()) + " rows/s"),
                row("limit: one event row per transaction, 16 threads", r -> r.limits == null ? "" :
                        rate(r.limits.transactionPerEvent().perSecond()) + " tx/s"),
                row("limit: read + deserialise every event", r -> r.limits == null ? "" :
                        rate(r.limits.readDeserialise().perSecond()) + " events/s"),
                row("limit: read + deserialise + one batched row write", r -> r.limits == null ? "" :
                        rate(r.limits.readDeserialiseWrite().perSecond()) + " events/s"),
                row("**5.** ingest HTTP / transaction floor", r -> pct(r.ratios.get(
                        "ingest HTTP / one-event-per-transaction floor"))),
                row("ingest gateway / transaction floor", r -> pct(r.ratios.get(
                        "ingest gateway / one-event-per-transaction floor"))),
                row("rebuild all / read+deserialise+write floor", r -> pct(r.ratios.get(
                        "rebuild all / read+deserialise+write floor"))),
                row("baseline (Axon defaults): rebuild all, events/s", r -> rebuild(r.baselineRebuild)),
                row("baseline: ingest HTTP commands/s, visibility p99", r -> ingest(r.baselineIngest(
                        IngestRunner.Mode.HTTP), i -> rate(i.commandsPerSecond()) + ", " + ms(i.visibility().p99()))),
                row("rebuild: ours / Axon defaults", r -> times(r.ratios.get("rebuild all: ours / Axon defaults"))),
                row("ingest HTTP: ours / Axon defaults", r -> times(r.ratios.get("ingest HTTP: ours / Axon defaults"))),
                row("run time", r -> secs(r.seconds) + (r.failures.isEmpty() ? "" : "; failures: "
                        + String.join("; ", r.failures)))));
        md.append("\nRebuilds: events of the stream per second (every read model reads the whole stream); *time-boxed* "
                + "means the rebuild was stopped at its time box and measured by how far it got. Visibility: from a "
                + "command's answer until every read model had processed its position.\n\n");
        md.append("## 3. Query latency p50 / p99 (ms), over HTTP with a JWT, one request at a time\n\n");
        List<String> keys = new ArrayList<>();
        runs.forEach(run -> run.queries.forEach(q -> {
            String key = q.query() + " | " + q.scope();
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }));
        md.append("| query | scope |");
        runs.forEach(run -> md.append(' ').append(run.label()).append(" |"));
        md.append("\n| --- | --- |");
        runs.forEach(run -> md.append(" ---: |"));
        md.append('\n');
        for (String key : keys) {
            md.append("| ").append(key).append(" |");
            for (RunResult run : runs) {
                String cell = run.queries.stream().filter(q -> key.equals(q.query() + " | " + q.scope())).findFirst()
                        .map(q -> q.latency().count() == 0 ? "failed" : ms(q.latency().p50()) + " / "
                                + (q.scope().startsWith("council") && q.latency().p99() < 50 ? "" : "")
                                + ms(q.latency().p99()) + (q.errors() > 0 ? " (" + q.errors() + " errors)" : ""))
                        .orElse("");
                md.append(' ').append(cell).append(" |");
            }
            md.append('\n');
        }
        md.append("\n").append(describeSettings()).append('\n');
        skipped.forEach((run, why) -> md.append("\nNot run: ").append(run).append(". ").append(why).append('\n'));
        return md.toString();
    }

    private void aims(StringBuilder md) {
        md.append("## Aims\n\n| aim | figure | met |\n| --- | --- | --- |\n");
        for (RunResult run : runs) {
            if (!"national".equals(run.size)) {
                continue;
            }
            String on = " (" + run.label() + ")";
            IngestRunner.Result http = run.ingest(IngestRunner.Mode.HTTP);
            if (http != null && "postgres".equals(run.database)) {
                aim(md, "ingest >= 1,000 commands/s over HTTP on PostgreSQL" + on, rate(http.commandsPerSecond()),
                        http.commandsPerSecond() >= 1000);
            }
            Double ingestRatio = run.ratios.get("ingest HTTP / one-event-per-transaction floor");
            if (ingestRatio != null) {
                aim(md, "ingest >= 60% of the one-event-per-transaction floor" + on, pct(ingestRatio),
                        ingestRatio >= 0.6);
            }
            if (run.replayAll != null) {
                aim(md, "rebuild of all read models >= 40,000 events/s" + on, rate(run.replayAll.eventsPerSecond()),
                        run.replayAll.eventsPerSecond() >= 40_000);
            }
            Double rebuildRatio = run.ratios.get("rebuild all / read+deserialise+write floor");
            if (rebuildRatio != null) {
                aim(md, "rebuild >= 75% of the read + deserialise + write floor" + on, pct(rebuildRatio),
                        rebuildRatio >= 0.75);
            }
            Double baseline = run.ratios.get("rebuild all: ours / Axon defaults");
            if (baseline != null) {
                aim(md, "rebuild >= 10x Axon's default settings" + on, times(baseline), baseline >= 10);
            }
            for (QueryRunner.Result query : run.queries) {
                if (query.scope().startsWith("council")) {
                    aim(md, query.query() + " p99 < 50 ms" + on, ms(query.latency().p99()),
                            query.latency().count() > 0 && query.latency().p99() < 50);
                }
            }
        }
        md.append('\n');
    }

    private static void aim(StringBuilder md, String aim, String figure, boolean met) {
        md.append("| ").append(aim).append(" | ").append(figure).append(" | ").append(met ? "yes" : "**no**")
                .append(" |\n");
    }

    private String describeSettings() {
        return "Settings: " + settings.clients() + " clients; ingest " + settings.ingestTime().toSeconds() + " s after "
                + settings.ingestWarmup().toSeconds() + " s warm-up; " + settings.queryRequests() + " requests per query ("
                + settings.nationalQueryRequests() + " for the national view); limits on the first "
                + count(settings.floorInsertEvents()) + " events for the inserts and writes and "
                + count(settings.floorReadEvents()) + " for the read; time boxes: replay "
                + settings.replayTimeBox().toSeconds() + " s, baseline " + settings.baselineTimeBox().toSeconds()
                + " s. Baseline = the same service with " + Settings.AXON_DEFAULTS + ".";
    }

    private record Row(String name, Function<RunResult, String> cell) {
    }

    private static Row row(String name, Function<RunResult, String> cell) {
        return new Row(name, cell);
    }

    private void table(StringBuilder md, List<Row> rows) {
        md.append("| measure |");
        runs.forEach(run -> md.append(' ').append(run.label()).append(" |"));
        md.append("\n| --- |");
        runs.forEach(run -> md.append(" ---: |"));
        md.append('\n');
        for (Row row : rows) {
            md.append("| ").append(row.name()).append(" |");
            for (RunResult run : runs) {
                String cell;
                try {
                    cell = row.cell().apply(run);
                } catch (RuntimeException e) {
                    cell = "";
                }
                md.append(' ').append(cell == null ? "" : cell).append(" |");
            }
            md.append('\n');
        }
    }

    private static RebuildRunner.Result find(List<RebuildRunner.Result> results, String what) {
        return results.stream().filter(result -> result.what().equals(what)).findFirst().orElse(null);
    }

    private static String rebuild(RebuildRunner.Result result) {
        if (result == null) {
            return "";
        }
        return "**" + rate(result.eventsPerSecond()) + "** (" + secs(result.seconds())
                + (result.finished() ? "" : ", *time-boxed*") + ")";
    }

    private static String ingest(IngestRunner.Result result, Function<IngestRunner.Result, String> cell) {
        if (result == null) {
            return "";
        }
        return cell.apply(result) + (result.errors() > 0 ? " (" + result.errors() + " errors)" : "");
    }

    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    static String secs(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }

    static String ms(double millis) {
        return Double.isNaN(millis) ? "-" : String.format(Locale.ROOT, millis < 10 ? "%.1f" : "%.0f", millis);
    }

    static String pct(Double ratio) {
        return ratio == null ? "" : String.format(Locale.ROOT, "%.0f%%", ratio * 100);
    }

    static String times(Double ratio) {
        return ratio == null ? "" : String.format(Locale.ROOT, "%.1fx", ratio);
    }
}
