package uk.caseaudit.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's options, all system properties (Maven passes {@code -Dbenchmark.*} through), with their defaults:
 * a full run (the county size on both databases, the national size on PostgreSQL) stays under 30 minutes on 2 cores;
 * the small size is the quick run ({@code -Dbenchmark.sizes=small}).
 */
record Settings(
        List<Scale> sizes,
        List<BenchDatabase.Kind> databases,
        String postgres,
        Path output,
        long seed,
        int clients,
        Duration ingestWarmup,
        Duration ingestTime,
        Duration baselineIngestTime,
        int queryWarmup,
        int queryRequests,
        int nationalQueryRequests,
        Duration firstBuildTimeBox,
        Duration replayTimeBox,
        Duration baselineTimeBox,
        long floorInsertEvents,
        long floorReadEvents,
        Duration transactionFloorTime,
        boolean baseline,
        boolean h2National,
        boolean keepDatabases,
        List<String> phases) {

    /** The phases left out at the national size unless -Dbenchmark.phases names them (see {@link #runs}). */
    private static final List<String> NOT_NATIONAL = List.of("baseline", "replays");

    /**
     * Whether a phase (build, queries, ingest, limits, baseline, replays) is to run at a size: those of
     * -Dbenchmark.phases; without it, all of them, but at the national size neither the baseline nor the replays
     * (its first build is already a rebuild of every read model from the first of its millions of events, and the
     * two would add ten minutes to a run that must stay under thirty).
     */
    boolean runs(String phase, Scale size) {
        if (!phases.isEmpty()) {
            return phases.contains(phase);
        }
        return size != Scale.NATIONAL || !NOT_NATIONAL.contains(phase);
    }

    /** The service's own processor settings, as in application.yml (the benchmark changes none). */
    static final Map<String, String> OURS = extra();

    /** Overrides of the service's settings for experiments: -Dbenchmark.service=key=value;key=value. */
    private static Map<String, String> extra() {
        String value = System.getProperty("benchmark.service", "");
        java.util.Map<String, String> overrides = new java.util.LinkedHashMap<>();
        for (String pair : value.split(";")) {
            if (pair.contains("=")) {
                overrides.put(pair.substring(0, pair.indexOf('=')).trim(), pair.substring(pair.indexOf('=') + 1).trim());
            }
        }
        return overrides;
    }

    /**
     * Axon's defaults for a pooled streaming processor (batch size 1, claim extension threshold 5 s, token claim
     * interval 5 s; 4 worker threads, which the service keeps) and for the embedded event store's idle polling (1 s);
     * everything else is the service's. The segments are the token store's, set up by the service's first start (2,
     * not Axon's 16: the baseline runs on the same database), and Axon's time limit per event handler call stays off.
     */
    static final Map<String, String> AXON_DEFAULTS = Map.of(
            "case-audit.projections.batch-size", "1",
            "case-audit.projections.claim-extension-threshold", "5s",
            "case-audit.projections.token-claim-interval", "5s",
            "case-audit.event-store.fetch-delay", "1s");

    static Settings fromSystemProperties() {
        return new Settings(
                Arrays.stream(property("sizes", "county,national").split(",")).map(Scale::parse).toList(),
                Arrays.stream(property("databases", "h2,postgres").split(",")).map(BenchDatabase.Kind::parse)
                        .toList(),
                property("postgres", "127.0.0.1:5432"),
                Path.of(property("output", "target/benchmark")),
                Long.parseLong(property("seed", "20180531")),
                Integer.parseInt(property("clients", "16")),
                duration("ingestWarmup", "5s"),
                duration("ingestTime", "30s"),
                duration("baselineIngestTime", "15s"),
                Integer.parseInt(property("queryWarmup", "20")),
                Integer.parseInt(property("queryRequests", "200")),
                Integer.parseInt(property("nationalQueryRequests", "5")),
                duration("firstBuildTimeBox", "15m"),
                duration("replayTimeBox", "45s"),
                duration("baselineTimeBox", "45s"),
                Long.parseLong(property("floorInsertEvents", "1000000")),
                Long.parseLong(property("floorReadEvents", "3000000")),
                duration("transactionFloorTime", "10s"),
                Boolean.parseBoolean(property("baseline", "true")),
                Boolean.parseBoolean(property("h2National", "false")),
                Boolean.parseBoolean(property("keepDatabases", "false")),
                property("phases", "").isEmpty() ? List.of() : List.of(property("phases", "").split(",")));
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty("benchmark." + name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static Duration duration(String name, String fallback) {
        String value = property(name, fallback).toLowerCase();
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        long amount = Long.parseLong(value.substring(0, value.length() - 1));
        return switch (value.charAt(value.length() - 1)) {
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }
}
