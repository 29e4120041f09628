package uk.caseaudit.api.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.caseaudit.api.problem.Conflict;
import uk.caseaudit.api.problem.NotFound;
import uk.caseaudit.projection.readmodel.BlueGreen;

/** The read models' processors: where each stands against the head of the event stream, and rebuilding one. */
@Component
public class ProjectionAdmin {

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final BlueGreen tables;
    private final DeadLetterAdmin deadLetters;

    ProjectionAdmin(EventProcessingConfiguration processing, JdbcTemplate jdbc, BlueGreen tables,
                    DeadLetterAdmin deadLetters) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.tables = tables;
        this.deadLetters = deadLetters;
    }

    /**
     * Whether a read model follows the stream live, or is being rebuilt (clients still read its previous state
     * until the rebuilt one has caught up).
     */
    public enum State { LIVE, REPLAYING }

    /**
     * One read model: the event position it has processed (the lowest over its segments), the head of
     * the stream, how far behind it is, its state, and how many of its events are parked as dead letters.
     */
    public record ProjectionStatus(
            @Schema(example = "register") String name,
            @Schema(example = "42") long position,
            @Schema(example = "42") long head,
            @Schema(example = "0") long lag,
            State state,
            @Schema(example = "2") int segments,
            long deadLetters) {
    }

    public List<ProjectionStatus> statuses() {
        long head = head();
        return streamingProcessors().entrySet().stream()
                .map(entry -> status(entry.getKey(), entry.getValue(), head))
                .sorted(Comparator.comparing(ProjectionStatus::name))
                .toList();
    }

    /**
     * Rebuilds a read model from the first event into the copy of its tables clients are not reading (its reset
     * handler empties that copy); clients are switched to it once it has caught up (see {@link BlueGreen}).
     */
    public ProjectionStatus replay(String name) {
        StreamingEventProcessor processor = streamingProcessors().get(name);
        if (processor == null) {
            throw new NotFound("read model");
        }
        // What the live copy holds, unless it is already frozen by a rebuild in progress.
        boolean rebuilding = tables.rebuild(name).isPresent();
        long processed = status(name, processor, 0).position();
        processor.shutdownAsync().join();
        try {
            processor.resetTokens();
        } catch (UnableToClaimTokenException heldElsewhere) {
            processor.start();
            throw new Conflict("Read model held by other nodes", "Other nodes hold segments of read model " + name
                    + ": stop them, or ask the node that holds every segment, then rebuild.");
        }
        if (!rebuilding) {
            tables.liveCopyHolds(name, processed);
        }
        processor.start();
        return status(name, processor, head());
    }

    /** Switches every read model whose rebuild has caught up to its rebuilt tables. */
    @Scheduled(fixedDelayString = "${case-audit.projections.switch-check-interval}")
    public void switchRebuiltReadModels() {
        Map<String, StreamingEventProcessor> processors = streamingProcessors();
        for (String readModel : tables.rebuilding()) {
            StreamingEventProcessor processor = processors.get(readModel);
            Map<Integer, Long> positionsHere = new HashMap<>();
            if (processor != null) {
                processor.processingStatus().forEach((segment, status) ->
                        positionsHere.put(segment, status.getCurrentPosition().orElse(0)));
            }
            tables.switchIfRebuilt(readModel, positionsHere);
        }
    }

    /** The global position of the newest event; 0 for an empty store. */
    public long head() {
        Long head = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        return head == null ? 0 : head;
    }

    private Map<String, StreamingEventProcessor> streamingProcessors() {
        return processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        entry -> (StreamingEventProcessor) entry.getValue()));
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        boolean replaying = tables.rebuild(name).isPresent()
                || segments.values().stream().anyMatch(ProjectionAdmin::stillReplaying);
        long position = segments.isEmpty() ? 0 : segments.values().stream()
                .map(segment -> WrappedToken.unwrapLowerBound(segment.getTrackingToken()))
                .mapToLong(token -> positionOf(token).orElse(0))
                .min().orElse(0);
        return new ProjectionStatus(name, position, head, Math.max(0, head - position),
                replaying ? State.REPLAYING : State.LIVE, segments.size(), deadLetters.count(name));
    }

    /**
     * Axon marks a segment as replaying until an event newer than the reset point arrives; it has
     * rebuilt everything once its position reaches the reset point.
     */
    private static boolean stillReplaying(EventTrackerStatus segment) {
        if (!segment.isReplaying()) {
            return false;
        }
        // The status's own token is the replayed position alone; the reset point is kept beside it.
        return segment.getCurrentPosition().orElse(-1) < segment.getResetPosition().orElse(Long.MAX_VALUE);
    }

    private static OptionalLong positionOf(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
