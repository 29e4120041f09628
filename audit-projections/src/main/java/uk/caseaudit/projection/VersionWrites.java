package uk.caseaudit.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.dao.DataAccessException;

/**
 * The versions of one read model (a row per aggregate and event: its whole state after the event), read and written
 * as {@link ReadModelWrites} decides: gathered per batch, or one at a time.
 *
 * <p>Gathered: the first read of a batch fetches the latest version of every aggregate of the batch in one query;
 * each new version replaces its aggregate's latest in memory (so the next event of that aggregate in the batch builds
 * on it) and waits for the batch's commit, where all are stored in one batched insert per table. A handler that
 * fails leaves nothing behind: its version is added only once it is made. Versions are values: a handler never
 * changes one it has read, it makes the next.
 *
 * @param <V> a version
 */
public final class VersionWrites<V> {

    /** Where the versions live: the copy of the read model's tables being written (see {@link ReadModelTables}). */
    public interface Storage<V> {

        /** The latest version of each of these aggregates that has one. */
        Map<String, V> latest(Collection<String> aggregateIds);

        /** Stores the versions, in their order. */
        void insert(List<V> versions);
    }

    /** One batch's latest versions (a null value: the aggregate has none) and the versions still to store. */
    private static final class Batch<V> {
        final Map<String, V> latest = new HashMap<>();
        final List<V> pending = new ArrayList<>();
    }

    /** At most this many aggregates are read in one query. */
    private static final int FETCH_SIZE = 500;

    private final String readModel;
    private final ReadModelWrites writes;
    private final Storage<V> storage;
    private final Function<V, String> aggregateId;
    private final String resourceKey;

    /**
     * Versions of aggregates, of their own events (an action's versions, of the events it applied: the first,
     * {@code AuditActionAgreed}, too, though its audit's command created it).
     */
    public VersionWrites(String readModel, ReadModelWrites writes, Storage<V> storage,
                         Function<V, String> aggregateId) {
        this.readModel = readModel;
        this.writes = writes;
        this.storage = storage;
        this.aggregateId = aggregateId;
        this.resourceKey = VersionWrites.class.getName() + "." + readModel;
    }

    /**
     * The query of the latest version of each of {@code count} aggregates in a table of versions (a row per aggregate,
     * in {@code idColumn}, and {@code seq}); its parameters are the aggregates' ids.
     *
     * <p>The ids are a list of rows joined to the table, not an {@code IN} list: PostgreSQL plans a table that has no
     * statistics yet (a copy being rebuilt, where autovacuum is off or has not come round) as if each id matched half
     * a percent of its rows, so an {@code IN} list of a batch's ids read the whole table (284 ms for 180 ids in 1.9
     * million versions of actions, a rebuild slowing down as its table grew); joined, each id is an index lookup
     * (2 ms), whatever the statistics.
     */
    public static String latestQuery(String table, String idColumn, int count) {
        return "SELECT v.* FROM (VALUES " + String.join(", ", Collections.nCopies(count, "(CAST(? AS VARCHAR))"))
                + ") AS ids(id) JOIN " + table + " v ON v." + idColumn + " = ids.id"
                + " WHERE v.seq = (SELECT MAX(w.seq) FROM " + table + " w WHERE w." + idColumn + " = ids.id)";
    }

    /** The aggregate's latest version in the copy being written, and in this batch; empty when it has none. */
    public Optional<V> latest(String aggregate) {
        if (!writes.batched(readModel)) {
            return Optional.ofNullable(storage.latest(List.of(aggregate)).get(aggregate));
        }
        Batch<V> batch = batch();
        if (!batch.latest.containsKey(aggregate)) {
            fetch(batch, aggregate);
        }
        return Optional.ofNullable(batch.latest.get(aggregate));
    }

    /** Adds the aggregate's next version: stored now, or when the batch commits. */
    public void append(V version) {
        if (!writes.batched(readModel)) {
            storage.insert(List.of(version));
            return;
        }
        Batch<V> batch = batch();
        batch.latest.put(aggregateId.apply(version), version);
        batch.pending.add(version);
    }

    private Batch<V> batch() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(resourceKey, key -> {
            Batch<V> batch = new Batch<>();
            unitOfWork.onPrepareCommit(committing -> store(batch));
            return batch;
        });
    }

    /** Reads the latest versions of the aggregate and of every other aggregate of the batch not read yet. */
    private void fetch(Batch<V> batch, String aggregate) {
        Set<String> wanted = new LinkedHashSet<>();
        wanted.add(aggregate);
        if (CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> events) {
            events.getMessages().stream()
                    .filter(DomainEventMessage.class::isInstance)
                    .map(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier())
                    .filter(id -> !batch.latest.containsKey(id))
                    .forEach(wanted::add);
        }
        List<String> ids = List.copyOf(wanted);
        for (int from = 0; from < ids.size(); from += FETCH_SIZE) {
            List<String> some = ids.subList(from, Math.min(ids.size(), from + FETCH_SIZE));
            Map<String, V> found = storage.latest(some);
            some.forEach(id -> batch.latest.put(id, found.get(id)));
        }
    }

    private void store(Batch<V> batch) {
        if (batch.pending.isEmpty()) {
            return;
        }
        try {
            storage.insert(batch.pending);
        } catch (DataAccessException failure) {
            // Without the cause: the database's message can quote a row of a child's record, and this reaches the log.
            throw new IllegalStateException("Read model " + readModel + " could not store the " + batch.pending.size()
                    + " versions of a batch (" + failure.getClass().getName() + "); the batch rolls back");
        }
    }
}
