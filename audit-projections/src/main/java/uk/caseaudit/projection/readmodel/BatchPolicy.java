package uk.caseaudit.projection.readmodel;

import java.util.Arrays;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How the read models write: in batches, or one event at a time.
 *
 * <p>In a processor's batch of events (one transaction), a read model's handlers write nothing themselves: they
 * read the latest versions of the batch's aggregates once and keep their new versions in memory, and
 * {@link VersionedTable} stores them all when the batch commits, with the token that passes their events. That spares
 * the database a few round trips per event, which is what a rebuild of millions of events costs.
 *
 * <p>One at a time: outside a processor's batch (a dead-letter retry), and in a batch that overlaps the positions of a
 * batch of the read model that rolled back. A batch rolls back when its writes fail (or anything else in
 * it does); handled again one at a time, each handler writes at once, in a savepoint of its own (see the
 * savepoints of the read models' handlers in the service's configuration), so the event that fails is parked alone as a
 * dead letter and the others are applied, as if the batch had never been gathered. A batch that rolls back stores
 * nothing, its token neither, so a read with {@code minPosition} waits until its events are handled again.
 */
@Component
public class BatchPolicy {

    private static final Logger log = LoggerFactory.getLogger(BatchPolicy.class);

    private static final String MODE = BatchPolicy.class.getName() + ".batched.";

    /** At most this many rolled-back ranges are remembered per read model (the lowest go first). */
    private static final int RANGES_KEPT = 1_000;

    /** Per read model: the ranges of positions of its batches that rolled back (first to last). */
    private final Map<String, NavigableMap<Long, Long>> rolledBack = new ConcurrentHashMap<>();

    /**
     * Whether the read model's handlers gather their writes into the batch now being handled. Decided once per batch
     * and read model, so that a batch never mixes the two ways.
     */
    public boolean batched(String readModel) {
        if (!CurrentUnitOfWork.isStarted()) {
            return false;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(MODE + readModel, key -> decide(readModel, unitOfWork));
    }

    /**
     * Gathered unless the batch overlaps a batch of the read model that rolled back: its events are then handled one
     * at a time, this once and whenever a replay passes them again (the same event is likely to fail again), while
     * the rest of a replay is gathered.
     */
    private boolean decide(String readModel, UnitOfWork<?> unitOfWork) {
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch)) {
            return false;
        }
        long[] positions = batch.getMessages().stream().map(BatchPolicy::position)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).toArray();
        if (positions.length == 0) {
            return false;
        }
        long first = Arrays.stream(positions).min().getAsLong();
        long last = Arrays.stream(positions).max().getAsLong();
        NavigableMap<Long, Long> ranges = ranges(readModel);
        if (ranges.headMap(last, true).values().stream().anyMatch(end -> end >= first)) {
            return false;
        }
        unitOfWork.onRollback(rolledBackBatch -> {
            ranges.merge(first, last, Math::max);
            if (ranges.size() > RANGES_KEPT) {
                ranges.pollFirstEntry();
            }
            log.warn("Read model {}: a batch of events from position {} to {} rolled back; they are handled again "
                    + "one at a time", readModel, first, last);
        });
        return true;
    }

    private NavigableMap<Long, Long> ranges(String readModel) {
        return rolledBack.computeIfAbsent(readModel, name -> new ConcurrentSkipListMap<>());
    }

    private static OptionalLong position(Message<?> message) {
        return message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position() : OptionalLong.empty();
    }
}
