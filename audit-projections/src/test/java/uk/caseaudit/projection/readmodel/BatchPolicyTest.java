package uk.caseaudit.projection.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;

/**
 * A read model gathers the writes of a processor's batch, except in a batch that overlaps the positions of one of its
 * batches that rolled back: those events are handled one at a time, so the one that fails is parked alone.
 */
class BatchPolicyTest {

    private static final String READ_MODEL = "action-tracker";

    private final BatchPolicy writes = new BatchPolicy();

    @Test
    void a_batch_overlapping_a_rolled_back_batch_is_handled_one_at_a_time_and_the_rest_is_gathered() {
        assertThat(batched(10, 12, true)).as("the first batch, which then rolls back").isTrue();

        assertThat(batched(10, 14, false)).as("its events handled again").isFalse();
        assertThat(batched(13, 20, false)).as("the events after it").isTrue();
        assertThat(batched(1, 9, false)).as("the events before it").isTrue();
        assertThat(batched(8, 10, false)).as("a replay passing its first event").isFalse();
        assertThat(batched(12, 30, false)).as("a replay passing its last event").isFalse();
    }

    @Test
    void a_rolled_back_batch_of_one_read_model_does_not_change_how_another_writes() {
        assertThat(batched(10, 12, true)).isTrue();

        BatchingUnitOfWork<TrackedEventMessage<?>> batch = new BatchingUnitOfWork<>(events(10, 12));
        batch.start();
        try {
            assertThat(writes.batched("register")).isTrue();
            assertThat(writes.batched(READ_MODEL)).isFalse();
        } finally {
            batch.commit();
        }
    }

    @Test
    void outside_a_processor_s_batch_events_are_handled_one_at_a_time() {
        assertThat(writes.batched(READ_MODEL)).isFalse();
    }

    /** Whether the read model gathers the writes of a batch of the events at positions first to last. */
    private boolean batched(long first, long last, boolean rollBack) {
        BatchingUnitOfWork<TrackedEventMessage<?>> batch = new BatchingUnitOfWork<>(events(first, last));
        batch.start();
        boolean batched = writes.batched(READ_MODEL);
        assertThat(writes.batched(READ_MODEL)).as("decided once per batch").isEqualTo(batched);
        if (rollBack) {
            batch.rollback();
        } else {
            batch.commit();
        }
        return batched;
    }

    private static List<TrackedEventMessage<?>> events(long first, long last) {
        return LongStream.rangeClosed(first, last)
                .<TrackedEventMessage<?>>mapToObj(position -> new GenericTrackedEventMessage<>(
                        new GlobalSequenceTrackingToken(position), GenericEventMessage.asEventMessage("event " + position)))
                .toList();
    }
}
