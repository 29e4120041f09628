package uk.caseaudit.projection.readmodel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A read model's table of versions (a row per record and event: its whole state after the event, see {@link Version}),
 * read and written as {@link BatchPolicy} decides: gathered per batch, or one at a time.
 *
 * <p>Gathered: the first read of a batch fetches the latest version of every aggregate of the batch in one query;
 * each new version replaces its aggregate's latest in memory (so the next event of that aggregate in the batch builds
 * on it) and waits for the batch's commit, where all are stored in one batched insert per table. A handler that
 * fails leaves nothing behind: its version is added only once it is made.
 *
 * <p>Handlers write to the copy of the table {@link BlueGreen} names (the one being rebuilt, else the live one);
 * queries read the view, through {@link #asAt}.
 *
 * @param <V> the read model's version type
 */
public final class VersionedTable<V extends Version<V>> {

    /** One batch's latest versions (a null value: the aggregate has none) and the versions still to store. */
    private static final class Batch<V> {
        final Map<String, V> latest = new HashMap<>();
        final List<V> pending = new ArrayList<>();
    }

    /** At most this many aggregates are read in one query. */
    private static final int FETCH_SIZE = 500;

    private final String readModel;
    private final String view;
    private final String idColumn;
    private final Rows<V> rows;
    private final JdbcTemplate jdbc;
    private final BlueGreen blueGreen;
    private final BatchPolicy policy;
    private final String resourceKey;

    VersionedTable(ReadModel readModel, String view, String idColumn, Rows<V> rows, JdbcTemplate jdbc,
                   BlueGreen blueGreen, BatchPolicy policy) {
        if (!readModel.tables().contains(view)) {
            throw new IllegalArgumentException("Read model " + readModel.name() + " declares no table " + view);
        }
        this.readModel = readModel.name();
        this.view = view;
        this.idColumn = idColumn;
        this.rows = rows;
        this.jdbc = jdbc;
        this.blueGreen = blueGreen;
        this.policy = policy;
        this.resourceKey = VersionedTable.class.getName() + "." + this.readModel + "." + view;
    }

    /**
     * The condition that keeps, of the versions {@code alias} of this table, each record's version as at (D, T); its
     * parameters are {@link AsAt#arguments}.
     */
    public String asAt(String alias) {
        return AsAt.latestVersions(alias, view, idColumn);
    }

    /** The latest version of each of these records that has one, in the view; in the order of the ids. */
    public List<V> current(Collection<String> ids) {
        Map<String, V> found = read(ids, UnaryOperator.identity());
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** The first version of a record; a redelivered event, whose version is stored, changes nothing. */
    public void first(V version) {
        if (latest(version.id()).isEmpty()) {
            append(version);
        }
    }

    /**
     * The version that follows the record's latest: a copy of it with the event's {@code change} applied. A redelivered
     * event, whose version is stored, changes nothing.
     */
    public void next(String id, long seq, LocalDate effectiveFrom, Instant recordedAt, Consumer<V> change) {
        V latest = latest(id).orElseThrow(() -> new IllegalStateException("No earlier version of " + id + " in "
                + view + " before seq " + seq + ": its events arrived out of order or were lost"));
        if (latest.seq() >= seq) {
            return;
        }
        V next = latest.next(seq, effectiveFrom, recordedAt);
        change.accept(next);
        append(next);
    }

    /** The record's latest version in the copy being written, and in this batch; empty when it has none. */
    public Optional<V> latest(String id) {
        if (!policy.batched(readModel)) {
            return Optional.ofNullable(read(List.of(id), this::copy).get(id));
        }
        Batch<V> batch = batch();
        if (!batch.latest.containsKey(id)) {
            fetch(batch, id);
        }
        return Optional.ofNullable(batch.latest.get(id));
    }

    /** Starts a rebuild of the read model (see {@link BlueGreen#startRebuild}). */
    public void startRebuild() {
        blueGreen.startRebuild(readModel);
    }

    /**
     * The query of the latest version of each of {@code count} records in a table of versions (a row per record, in
     * {@code idColumn}, and {@code seq}); its parameters are the ids.
     *
     * <p>The ids are a list of rows joined to the table, not an {@code IN} list: PostgreSQL plans a table that has no
     * statistics yet (a copy being rebuilt, before autovacuum has come round) as if each id matched a share of its
     * rows, and reads the whole table for an {@code IN} list; joined, each id is an index lookup, whatever the
     * statistics.
     */
    public static String latestQuery(String table, String idColumn, int count) {
        return "SELECT v.* FROM (VALUES " + String.join(", ", Collections.nCopies(count, "(CAST(? AS VARCHAR))"))
                + ") AS ids(id) JOIN " + table + " v ON v." + idColumn + " = ids.id"
                + " WHERE v.seq = (SELECT MAX(w.seq) FROM " + table + " w WHERE w." + idColumn + " = ids.id)";
    }

    private void append(V version) {
        if (!policy.batched(readModel)) {
            insert(List.of(version));
            return;
        }
        Batch<V> batch = batch();
        batch.latest.put(version.id(), version);
        batch.pending.add(version);
    }

    /** The copy of one of the read model's tables written now. */
    private String copy(String table) {
        return blueGreen.writeTable(readModel, table);
    }

    /** The latest version of each of these records that has one, by id, in the copies {@code copy} names. */
    private Map<String, V> read(Collection<String> ids, UnaryOperator<String> copy) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<V> found = jdbc.query(latestQuery(copy.apply(view), idColumn, ids.size()),
                (row, rowNumber) -> rows.read(row), ids.toArray());
        rows.readDetails(found, copy);
        return found.stream().collect(Collectors.toMap(Version::id, version -> version));
    }

    private void insert(List<V> versions) {
        jdbc.batchUpdate("INSERT INTO " + copy(view) + " (" + String.join(", ", rows.columns()) + ") VALUES ("
                        + String.join(", ", Collections.nCopies(rows.columns().size(), "?")) + ")",
                versions.stream().map(rows::values).toList());
        rows.insertDetails(versions, this::copy);
    }

    private Batch<V> batch() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(resourceKey, key -> {
            Batch<V> batch = new Batch<>();
            unitOfWork.onPrepareCommit(committing -> store(batch));
            return batch;
        });
    }

    /** Reads the latest versions of the record and of every other aggregate of the batch not read yet. */
    private void fetch(Batch<V> batch, String id) {
        Set<String> wanted = new LinkedHashSet<>();
        wanted.add(id);
        if (CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> events) {
            events.getMessages().stream()
                    .filter(DomainEventMessage.class::isInstance)
                    .map(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier())
                    .filter(aggregate -> !batch.latest.containsKey(aggregate))
                    .forEach(wanted::add);
        }
        List<String> ids = List.copyOf(wanted);
        for (int from = 0; from < ids.size(); from += FETCH_SIZE) {
            List<String> some = ids.subList(from, Math.min(ids.size(), from + FETCH_SIZE));
            Map<String, V> found = read(some, this::copy);
            some.forEach(aggregate -> batch.latest.put(aggregate, found.get(aggregate)));
        }
    }

    private void store(Batch<V> batch) {
        if (batch.pending.isEmpty()) {
            return;
        }
        try {
            insert(batch.pending);
        } catch (DataAccessException failure) {
            // Without the cause: the database's message can quote a row of a child's record, and this reaches the log.
            throw new IllegalStateException("Read model " + readModel + " could not store the " + batch.pending.size()
                    + " versions of a batch (" + failure.getClass().getName() + "); the batch rolls back");
        }
    }
}
