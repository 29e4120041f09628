package uk.caseaudit.benchmark;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.caseaudit.api.admin.ProjectionAdmin;
import uk.caseaudit.support.ReadModelNames;

/**
 * Read-model rebuilds from the first event. The first build after the bulk load is the service's own start on a
 * database that holds events and no read model yet: the stopped processors' tokens are deleted, so each processor
 * creates its tokens afresh and builds its read model as a rebuild (see the service's {@code ReadModelTokenStore});
 * later rebuilds go through
 * {@link ProjectionAdmin#replay}, as an operator's {@code POST /api/admin/projections/{name}/replay} does, into the
 * copy clients are not reading, which is emptied beforehand (TRUNCATE, not timed) so the reset handler finds it empty.
 * A rebuild that cannot finish within its time box is measured by how far it got (events/s) and stopped there.
 */
final class RebuildRunner {

    private final Service service;

    RebuildRunner(Service service) {
        this.service = service;
    }

    /**
     * One rebuild: the events of the stream it went through per second (every read model reads the whole stream),
     * the seconds it took (or was given), whether it finished, and when each read model finished (null if not).
     */
    record Result(String what, long streamEvents, double seconds, boolean finished, double eventsPerSecond,
                  Map<String, Double> secondsEach) {
    }

    /**
     * Starts the stopped processors, their tokens deleted, over the loaded events and empty read-model tables, and
     * waits until every one has reached the head and its read model is live.
     */
    Result firstBuild(Duration timeBox) throws InterruptedException {
        long head = service.head();
        Map<String, StreamingEventProcessor> processors = service.processors();
        processors.keySet().forEach(name -> service.jdbc().update("DELETE FROM TokenEntry WHERE processorName = ?", name));
        long start = System.nanoTime();
        processors.values().forEach(StreamingEventProcessor::start);
        Result result = await("all read models, first build", processors, head, start, timeBox);
        if (result.finished()) {
            awaitLive(service.bean(ProjectionAdmin.class), List.copyOf(processors.keySet()));
        }
        return result;
    }

    /** Rebuilds one read model, or several together, through the service's own replay. */
    Result replay(List<String> readModels, String what, Duration timeBox) throws InterruptedException {
        Map<String, StreamingEventProcessor> all = service.processors();
        Map<String, StreamingEventProcessor> processors = new LinkedHashMap<>();
        readModels.forEach(name -> processors.put(name, all.get(name)));
        // Every processor stops: the others stay stopped, so the rebuild has the machine to itself.
        all.values().forEach(processor -> processor.shutdownAsync().join());
        readModels.forEach(this::emptyStandbyCopy);
        long head = service.head();
        ProjectionAdmin admin = service.bean(ProjectionAdmin.class);
        long start = System.nanoTime();
        readModels.forEach(admin::replay);
        Result result = await(what, processors, head, start, timeBox);
        if (!result.finished()) {
            processors.values().forEach(processor -> processor.shutdownAsync().join());
        } else {
            awaitLive(admin, readModels);
        }
        return result;
    }

    private Result await(String what, Map<String, StreamingEventProcessor> processors, long head, long start,
                         Duration timeBox) throws InterruptedException {
        Map<String, Double> done = new LinkedHashMap<>();
        processors.keySet().forEach(name -> done.put(name, null));
        long deadline = start + timeBox.toNanos();
        while (done.containsValue(null) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            double elapsed = (System.nanoTime() - start) / 1e9;
            processors.forEach((name, processor) -> {
                if (done.get(name) == null && Progress.reached(processor, head)) {
                    done.put(name, elapsed);
                }
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean finished = !done.containsValue(null);
        long reached = finished ? head : processors.values().stream().mapToLong(Progress::position).min().orElse(0);
        double wall = finished ? done.values().stream().mapToDouble(Double::doubleValue).max().orElse(seconds) : seconds;
        return new Result(what, head, wall, finished, reached / wall, done);
    }

    /** Waits for the switch to the rebuilt copy (the service checks every 200 ms). */
    private void awaitLive(ProjectionAdmin admin, List<String> readModels) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && admin.statuses().stream()
                .anyMatch(status -> readModels.contains(status.name()) && status.state() != ProjectionAdmin.State.LIVE)) {
            Thread.sleep(50);
        }
    }

    private static final Map<String, List<String>> TABLES = Map.of(
            "audits", List.of("audit_grade_version", "audit_version"),
            "register", List.of("case_of_concern_version"),
            "action-tracker", List.of("action_version"));

    /** Empties the copy a rebuild of the read model will write (the one clients are not reading). */
    private void emptyStandbyCopy(String readModel) {
        JdbcTemplate jdbc = service.jdbc();
        String live = jdbc.queryForObject("SELECT live FROM read_model_slot WHERE read_model = ?", String.class,
                readModel);
        String standby = "a".equals(live) ? "b" : "a";
        List<String> tables = TABLES.get(readModel).stream().map(table -> table + "_" + standby).toList();
        if (service.isPostgres()) {
            jdbc.execute("TRUNCATE " + String.join(", ", tables));
        } else {
            jdbc.execute("SET REFERENTIAL_INTEGRITY FALSE");
            try {
                tables.forEach(table -> jdbc.execute("TRUNCATE TABLE " + table));
            } finally {
                jdbc.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        }
    }

    static List<String> readModels() {
        return ReadModelNames.ALL;
    }
}
