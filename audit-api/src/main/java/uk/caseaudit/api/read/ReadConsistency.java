package uk.caseaudit.api.read;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.caseaudit.projection.readmodel.BlueGreen;
import uk.caseaudit.projection.readmodel.BlueGreen.Rebuild;
import uk.caseaudit.projection.readmodel.ReadModels;
import uk.caseaudit.projection.readmodel.axon.StoredTokens;

/**
 * Read-your-writes: a read that carries {@code minPosition=N} waits until every read model has
 * processed the event at global position N, or answers 503 when it cannot within the wait.
 */
@Component
public class ReadConsistency {

    private final EventProcessingConfiguration processing;
    private final BlueGreen tables;
    private final ReadModels readModels;
    private final StoredTokens storedTokens;
    private final Duration maximumWait;

    ReadConsistency(EventProcessingConfiguration processing, BlueGreen tables, ReadModels readModels,
                    StoredTokens storedTokens,
                    @Value("${case-audit.read-your-writes.max-wait}") Duration maximumWait) {
        this.processing = processing;
        this.tables = tables;
        this.readModels = readModels;
        this.storedTokens = storedTokens;
        this.maximumWait = maximumWait;
    }

    /** Returns once every read model has processed {@code minPosition}; null asks for nothing. */
    public void awaitPosition(Long minPosition) {
        if (minPosition == null || minPosition <= 0) {
            return;
        }
        Instant deadline = Instant.now().plus(maximumWait);
        while (!reached(minPosition)) {
            if (Instant.now().isAfter(deadline)) {
                throw new NotCaughtUp();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new NotCaughtUp();
            }
        }
    }

    /**
     * Whether every read model has processed the event at {@code position}, on every segment of its processor: those
     * this node holds by their live status, those other nodes hold (or nobody does) by their stored tokens, the
     * statuses taken once, before the tokens are read (a segment this node claims meanwhile counts by its token). A
     * replaying segment counts by its replay position: Axon keeps it marked as replaying until an event newer than
     * the reset point arrives, even once it has replayed everything. While a read model is being rebuilt its clients
     * read its previous state, frozen at the position it had reached, so that position counts.
     */
    public boolean reached(long position) {
        for (String readModel : readModels.names()) {
            Optional<Rebuild> rebuild = tables.rebuild(readModel);
            if (rebuild.isPresent()) {
                Long frozenAt = rebuild.get().livePosition();
                if (frozenAt == null || frozenAt < position) {
                    return false;
                }
                continue;
            }
            // A copy: Axon's map is live, and a segment claimed between the two loops below would be in neither.
            Map<Integer, EventTrackerStatus> here = Map.copyOf(processing
                    .eventProcessor(readModel, StreamingEventProcessor.class)
                    .map(StreamingEventProcessor::processingStatus).orElse(Map.of()));
            for (EventTrackerStatus segment : here.values()) {
                if (!processed(WrappedToken.unwrapLowerBound(segment.getTrackingToken()), position)) {
                    return false;
                }
            }
            Map<Integer, TrackingToken> stored = storedTokens.of(readModel);
            if (stored.isEmpty()) {
                return false;
            }
            for (Map.Entry<Integer, TrackingToken> segment : stored.entrySet()) {
                if (!here.containsKey(segment.getKey())
                        && !processed(WrappedToken.unwrapLowerBound(segment.getValue()), position)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether a token is past the event at {@code position}. Not {@code covers()}: a gap-aware token
     * also holds the gaps a rolled-back command left below it, and those are no reason to wait.
     */
    private static boolean processed(TrackingToken token, long position) {
        if (token instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return token != null && token.position().orElse(-1) >= position;
    }

    /** The read models have not reached the asked position in time: answered 503 with Retry-After. */
    public static class NotCaughtUp extends RuntimeException {
        NotCaughtUp() {
            super("The read models have not yet caught up with the position asked for; try again shortly.");
        }
    }
}
