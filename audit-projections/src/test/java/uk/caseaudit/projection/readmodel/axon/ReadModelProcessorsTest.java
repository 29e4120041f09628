package uk.caseaudit.projection.readmodel.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;
import uk.caseaudit.projection.readmodel.BlueGreen;
import uk.caseaudit.projection.readmodel.ReadModel;
import uk.caseaudit.projection.readmodel.ReadModels;

/**
 * Read-your-writes across a segment's claim: Axon's processing status is a live map, so a segment this node claims
 * while {@link ReadModelProcessors#reached} looks must still be checked, by its stored token.
 */
class ReadModelProcessorsTest {

    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    private final StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
    private final BlueGreen tables = mock(BlueGreen.class);
    private final ReadModels readModels = new ReadModels(List.of(new ReadModel("register", "case_of_concern_version")));
    private final StoredTokens storedTokens = mock(StoredTokens.class);
    private final ReadModelProcessors processors = new ReadModelProcessors(processing, tables, readModels,
            storedTokens);

    @Test
    void a_segment_claimed_while_the_statuses_are_read_counts_by_its_stored_token() {
        when(tables.rebuild(anyString())).thenReturn(Optional.empty());
        doReturn(Optional.of(processor)).when(processing).eventProcessor(anyString(), eq(StreamingEventProcessor.class));
        // Segment 0 is claimed by this node between the walk over the statuses (none yet) and the look-up by segment.
        when(processor.processingStatus()).thenReturn(new ClaimedWhileRead());
        Map<Integer, TrackingToken> stored = Map.of(0, new GlobalSequenceTrackingToken(5),
                1, new GlobalSequenceTrackingToken(20));
        when(storedTokens.of(anyString())).thenReturn(stored);

        assertThat(processors.reached(5)).isTrue();
        assertThat(processors.reached(10)).as("segment 0 has processed up to 5 only").isFalse();
    }

    /** A status map that holds no segment when walked, and segment 0 when asked for it. */
    private static final class ClaimedWhileRead extends AbstractMap<Integer, EventTrackerStatus> {

        @Override
        public Set<Entry<Integer, EventTrackerStatus>> entrySet() {
            return Set.of();
        }

        @Override
        public boolean containsKey(Object segment) {
            return Integer.valueOf(0).equals(segment);
        }
    }
}
