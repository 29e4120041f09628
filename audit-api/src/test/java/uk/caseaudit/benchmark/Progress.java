package uk.caseaudit.benchmark;

import java.util.Map;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * How far a read model's processor has got, from its segments' live status in this node (the benchmark runs one node,
 * which holds every segment): the same test as {@code ReadConsistency.reached}, without its queries of the token
 * table, so that watching costs the service nothing.
 */
final class Progress {

    /** The segments of every read model's processor: the running service's setting (see {@link Service#start}). */
    static volatile int segments;

    private Progress() {
    }

    /** The position every segment has processed (0 while not every segment is claimed). */
    static long position(StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        if (segments.size() < Progress.segments) {
            return 0;
        }
        long lowest = Long.MAX_VALUE;
        for (EventTrackerStatus segment : segments.values()) {
            TrackingToken token = WrappedToken.unwrapLowerBound(segment.getTrackingToken());
            lowest = Math.min(lowest, token == null ? 0 : token.position().orElse(0));
        }
        return lowest;
    }

    /** Whether every segment has processed the event at {@code position} (as {@code ReadConsistency} decides it). */
    static boolean reached(StreamingEventProcessor processor, long position) {
        return reached(processor.processingStatus(), position);
    }

    /** Whether every segment of a processor's status has processed the event at {@code position}. */
    static boolean reached(Map<Integer, EventTrackerStatus> segments, long position) {
        if (segments.size() < Progress.segments) {
            return false;
        }
        for (EventTrackerStatus segment : segments.values()) {
            TrackingToken token = WrappedToken.unwrapLowerBound(segment.getTrackingToken());
            if (token instanceof GapAwareTrackingToken gapAware) {
                if (gapAware.getIndex() < position || gapAware.getGaps().contains(position)) {
                    return false;
                }
            } else if (token == null || token.position().orElse(-1) < position) {
                return false;
            }
        }
        return true;
    }
}
