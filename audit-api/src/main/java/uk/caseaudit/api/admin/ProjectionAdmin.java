package uk.caseaudit.api.admin;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.caseaudit.api.problem.NotFound;

/** The read models' processors: where each stands against the head of the event stream, and rebuilding one. */
@Component
public class ProjectionAdmin {

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;

    ProjectionAdmin(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /** Whether a read model follows the stream live or is being rebuilt. */
    public enum State { LIVE, REPLAYING }

    /**
     * One read model: the event position it has processed (the lowest over its segments), the head of
     * the stream, how far behind it is, and its state.
     */
    public record ProjectionStatus(String name, long position, long head, long lag, State state, int segments) {
    }

    public List<ProjectionStatus> statuses() {
        long head = head();
        return streamingProcessors().entrySet().stream()
                .map(entry -> status(entry.getKey(), entry.getValue(), head))
                .sorted(Comparator.comparing(ProjectionStatus::name))
                .toList();
    }

    /** Rebuilds a read model from the first event: its reset handler empties it, then it catches up. */
    public ProjectionStatus replay(String name) {
        StreamingEventProcessor processor = streamingProcessors().get(name);
        if (processor == null) {
            throw new NotFound("read model");
        }
        processor.shutdownAsync().join();
        processor.resetTokens();
        processor.start();
        return status(name, processor, head());
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

    private static ProjectionStatus status(String name, StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        boolean replaying = segments.values().stream().anyMatch(ProjectionAdmin::stillReplaying);
        long position = segments.isEmpty() ? 0 : segments.values().stream()
                .map(segment -> WrappedToken.unwrapLowerBound(segment.getTrackingToken()))
                .mapToLong(token -> positionOf(token).orElse(0))
                .min().orElse(0);
        return new ProjectionStatus(name, position, head, Math.max(0, head - position),
                replaying ? State.REPLAYING : State.LIVE, segments.size());
    }

    /**
     * Axon marks a segment as replaying until an event newer than the reset point arrives; it has
     * rebuilt everything once its position reaches the reset point.
     */
    private static boolean stillReplaying(EventTrackerStatus segment) {
        if (!segment.isReplaying()) {
            return false;
        }
        long replayed = positionOf(WrappedToken.unwrapLowerBound(segment.getTrackingToken())).orElse(-1);
        long resetAt = positionOf(WrappedToken.unwrapUpperBound(segment.getTrackingToken())).orElse(Long.MAX_VALUE);
        return replayed < resetAt;
    }

    private static OptionalLong positionOf(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
