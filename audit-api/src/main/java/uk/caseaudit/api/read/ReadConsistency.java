package uk.caseaudit.api.read;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes: a read that carries {@code minPosition=N} waits until every read model has
 * processed the event at global position N, or answers 503 when it cannot within the wait.
 */
@Component
public class ReadConsistency {

    private final EventProcessingConfiguration processing;
    private final Duration maximumWait;

    ReadConsistency(EventProcessingConfiguration processing,
                    @Value("${case-audit.read-your-writes.max-wait}") Duration maximumWait) {
        this.processing = processing;
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
                Thread.sleep(10);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new NotCaughtUp();
            }
        }
    }

    /** Whether every streaming read model has processed the event at {@code position}. */
    public boolean reached(long position) {
        TrackingToken wanted = GapAwareTrackingToken.newInstance(position, Collections.emptySet());
        for (StreamingEventProcessor processor : processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList()) {
            Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
            if (segments.isEmpty()) {
                return false;
            }
            for (EventTrackerStatus segment : segments.values()) {
                TrackingToken token = WrappedToken.unwrapLowerBound(segment.getTrackingToken());
                if (token == null || segment.isReplaying() || !token.covers(wanted)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The read models have not reached the asked position in time: answered 503 with Retry-After. */
    public static class NotCaughtUp extends RuntimeException {
        NotCaughtUp() {
            super("The read models have not yet caught up with the position asked for; try again shortly.");
        }
    }
}
