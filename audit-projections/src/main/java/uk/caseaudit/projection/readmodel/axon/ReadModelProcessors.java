package uk.caseaudit.projection.readmodel.axon;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.caseaudit.projection.readmodel.BlueGreen;
import uk.caseaudit.projection.readmodel.BlueGreen.Rebuild;
import uk.caseaudit.projection.readmodel.ReadModels;

/**
 * The read models' processors as the rest of the service sees them: where each stands, whether every one has processed
 * an event, a rebuild, and the switch to a rebuilt copy (see {@link BlueGreen}).
 */
@Component
public class ReadModelProcessors {

    private final EventProcessingConfiguration processing;
    private final BlueGreen blueGreen;
    private final ReadModels readModels;
    private final StoredTokens storedTokens;

    ReadModelProcessors(EventProcessingConfiguration processing, BlueGreen blueGreen, ReadModels readModels,
                        StoredTokens storedTokens) {
        this.processing = processing;
        this.blueGreen = blueGreen;
        this.readModels = readModels;
        this.storedTokens = storedTokens;
    }

    /**
     * Where a read model's processor stands on this node: the position every segment has processed (the lowest), its
     * segments here, and whether it is being rebuilt (clients still read its previous state until the rebuilt one has
     * caught up).
     */
    public record Progress(long position, int segments, boolean rebuilding) {
    }

    /** The read model's progress; empty for a name that is no read model. */
    public Optional<Progress> progress(String readModel) {
        return processor(readModel).map(processor -> progress(readModel, processor));
    }

    /**
     * Rebuilds a read model from the first event into the copy of its tables clients are not reading (its reset handler
     * empties that copy); clients are switched to it once it has caught up. Empty for a name that is no read model.
     *
     * @throws HeldElsewhere when other nodes hold segments of the read model: its tokens cannot be reset here
     */
    public Optional<Progress> rebuild(String readModel) {
        Optional<StreamingEventProcessor> found = processor(readModel);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StreamingEventProcessor processor = found.get();
        // What the live copy holds, unless it is already frozen by a rebuild in progress.
        boolean rebuilding = blueGreen.rebuild(readModel).isPresent();
        long processed = progress(readModel, processor).position();
        processor.shutdownAsync().join();
        try {
            processor.resetTokens();
        } catch (UnableToClaimTokenException heldElsewhere) {
            processor.start();
            throw new HeldElsewhere(readModel);
        }
        if (!rebuilding) {
            blueGreen.liveCopyHolds(readModel, processed);
        }
        processor.start();
        return Optional.of(progress(readModel, processor));
    }

    /** Other nodes hold segments of the read model: stop them, or ask the node that holds every segment. */
    public static final class HeldElsewhere extends RuntimeException {
        HeldElsewhere(String readModel) {
            super("Other nodes hold segments of read model " + readModel
                    + ": stop them, or ask the node that holds every segment, then rebuild.");
        }
    }

    /** Switches every read model whose rebuild has caught up to its rebuilt tables. */
    @Scheduled(fixedDelayString = "${case-audit.projections.switch-check-interval}")
    public void switchRebuiltReadModels() {
        for (String readModel : blueGreen.rebuilding()) {
            Map<Integer, Long> positionsHere = new HashMap<>();
            processor(readModel).ifPresent(processor -> processor.processingStatus().forEach((segment, status) ->
                    positionsHere.put(segment, status.getCurrentPosition().orElse(0))));
            blueGreen.switchIfRebuilt(readModel, positionsHere);
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
            Optional<Rebuild> rebuild = blueGreen.rebuild(readModel);
            if (rebuild.isPresent()) {
                Long frozenAt = rebuild.get().livePosition();
                if (frozenAt == null || frozenAt < position) {
                    return false;
                }
                continue;
            }
            // A copy: Axon's map is live, and a segment claimed between the two loops below would be in neither.
            Map<Integer, EventTrackerStatus> here = Map.copyOf(processor(readModel)
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
     * Whether a token is past the event at {@code position}. Not {@code covers()}: a gap-aware token also holds the
     * gaps a rolled-back command left below it, and those are no reason to wait.
     */
    private static boolean processed(TrackingToken token, long position) {
        if (token instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return token != null && token.position().orElse(-1) >= position;
    }

    private Optional<StreamingEventProcessor> processor(String readModel) {
        return readModels.contains(readModel)
                ? processing.eventProcessor(readModel, StreamingEventProcessor.class) : Optional.empty();
    }

    private Progress progress(String readModel, StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        boolean rebuilding = blueGreen.rebuild(readModel).isPresent()
                || segments.values().stream().anyMatch(ReadModelProcessors::stillReplaying);
        long position = segments.isEmpty() ? 0 : segments.values().stream()
                .map(segment -> WrappedToken.unwrapLowerBound(segment.getTrackingToken()))
                .mapToLong(token -> positionOf(token).orElse(0))
                .min().orElse(0);
        return new Progress(position, segments.size(), rebuilding);
    }

    /**
     * Axon marks a segment as replaying until an event newer than the reset point arrives; it has rebuilt everything
     * once its position reaches the reset point.
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
