package uk.caseaudit.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything measured on one database at one size. */
final class RunResult {

    String database;
    String size;
    int councils;
    long events;
    long audits;
    long casesOfConcern;
    long actions;
    Map<String, Long> eventsByType = new LinkedHashMap<>();
    long databaseMegabytes;
    double loadSeconds;
    double loadEventsPerSecond;
    RebuildRunner.Result firstBuild;
    /** All read models replayed together, as an operator's rebuild does (the service warm): the rebuild measured. */
    RebuildRunner.Result replayAll;
    List<RebuildRunner.Result> replays = new ArrayList<>();
    List<QueryRunner.Result> queries = new ArrayList<>();
    List<IngestRunner.Result> ingest = new ArrayList<>();
    MachineLimits.Result limits;
    List<IngestRunner.Result> baselineIngest = new ArrayList<>();
    RebuildRunner.Result baselineRebuild;
    Map<String, Double> ratios = new LinkedHashMap<>();
    double seconds;
    List<String> failures = new ArrayList<>();

    String label() {
        return database + " " + size;
    }

    IngestRunner.Result ingest(IngestRunner.Mode mode) {
        return ingest.stream().filter(result -> result.mode() == mode).findFirst().orElse(null);
    }

    IngestRunner.Result baselineIngest(IngestRunner.Mode mode) {
        return baselineIngest.stream().filter(result -> result.mode() == mode).findFirst().orElse(null);
    }

    /** The ratios of the service's figures to the machine's limits and to Axon's defaults. */
    void computeRatios() {
        IngestRunner.Result http = ingest(IngestRunner.Mode.HTTP);
        IngestRunner.Result gateway = ingest(IngestRunner.Mode.GATEWAY);
        if (limits != null) {
            double floor = limits.transactionPerEvent().perSecond();
            if (http != null) {
                ratios.put("ingest HTTP / one-event-per-transaction floor", http.commandsPerSecond() / floor);
            }
            if (gateway != null) {
                ratios.put("ingest gateway / one-event-per-transaction floor", gateway.commandsPerSecond() / floor);
            }
            if (replayAll != null) {
                ratios.put("rebuild all / read+deserialise+write floor",
                        replayAll.eventsPerSecond() / limits.readDeserialiseWrite().perSecond());
                ratios.put("rebuild all / read+deserialise floor",
                        replayAll.eventsPerSecond() / limits.readDeserialise().perSecond());
            }
            ratios.put("bulk load / raw batch insert floor", loadEventsPerSecond / limits.batchInsert().perSecond());
        }
        if (replayAll != null && baselineRebuild != null) {
            ratios.put("rebuild all: ours / Axon defaults", replayAll.eventsPerSecond() / baselineRebuild.eventsPerSecond());
        }
        IngestRunner.Result baselineHttp = baselineIngest(IngestRunner.Mode.HTTP);
        if (http != null && baselineHttp != null) {
            ratios.put("ingest HTTP: ours / Axon defaults", http.commandsPerSecond() / baselineHttp.commandsPerSecond());
            ratios.put("visibility p99 over HTTP: Axon defaults / ours",
                    baselineHttp.visibility().p99() / http.visibility().p99());
        }
    }
}
