package uk.caseaudit.projection;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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
 * <p>While a read model is rebuilt ({@link ReadModelTables#rebuild}), in a processor's batch of events (one
 * transaction), its handlers write nothing themselves: they
 * read the latest versions of the batch's aggregates once and keep their new versions in memory, and
 * {@link VersionWrites} stores them all when the batch commits, with the token that passes their events. That spares
 * the database a few round trips per event, which is what a rebuild of millions of events costs.
 *
 * <p>One at a time: when the read model is live (clients read what it writes, and a read with {@code minPosition}
 * waits for it: a batch that rolls back must not leave that wait a window), outside a processor's batch (a dead-letter
 * retry), and after a batch of the read model rolled
 * back, for every event up to that batch's last one. A batch rolls back when its writes fail (or anything else in
 * it does); handled again one at a time, each handler writes at once, in a savepoint of its own (see the
 * savepoints of the read models' handlers in the service's configuration), so the event that fails is parked alone as a
 * dead letter and the others are applied, as if the batch had never been gathered.
 */
@Component
public class ReadModelWrites {

    private static final Logger log = LoggerFactory.getLogger(ReadModelWrites.class);

    private static final String MODE = ReadModelWrites.class.getName() + ".batched.";

    /** Per read model: the position up to which events are handled one at a time (after a rolled-back batch). */
    private final Map<String, AtomicLong> oneAtATimeThrough = new ConcurrentHashMap<>();
    private final ReadModelTables tables;

    ReadModelWrites(ReadModelTables tables) {
        this.tables = tables;
    }

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

    private boolean decide(String readModel, UnitOfWork<?> unitOfWork) {
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || tables.rebuild(readModel).isEmpty()) {
            return false;
        }
        OptionalLong first = position(batch.getMessage());
        if (first.isEmpty() || first.getAsLong() <= through(readModel).get()) {
            return false;
        }
        long last = batch.getMessages().stream().map(ReadModelWrites::position)
                .mapToLong(position -> position.orElse(first.getAsLong())).max().orElse(first.getAsLong());
        unitOfWork.onRollback(rolledBack -> {
            through(readModel).accumulateAndGet(last, Math::max);
            log.warn("Read model {}: a batch of events up to position {} rolled back; its events are handled again "
                    + "one at a time", readModel, last);
        });
        return true;
    }

    private AtomicLong through(String readModel) {
        return oneAtATimeThrough.computeIfAbsent(readModel, name -> new AtomicLong(-1));
    }

    private static OptionalLong position(Message<?> message) {
        return message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position() : OptionalLong.empty();
    }
}
