package uk.caseaudit.projection.readmodel;

import uk.caseaudit.projection.readmodel.axon.StoredTokens;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Blue/green storage of the read models, so that a rebuild never shows clients an empty or half-built table.
 *
 * <p>Each read-model table {@code T} exists twice, {@code T_a} and {@code T_b}; clients read the view {@code T},
 * which selects from the live copy; the read model's own migrations create the three. A rebuild starts in the read model's reset handler
 * ({@link #startRebuild}): the other copy is emptied and the handlers write into it ({@link #writeTable}) while
 * clients go on reading the live one, frozen at the position it had reached. Once every segment of the read
 * model's processor has replayed up to the position it had when the rebuild started, {@link #switchIfRebuilt}
 * replaces the views by ones over the rebuilt copy, which is live from then on. The previous copy keeps the old
 * state until the next rebuild empties it.
 *
 * <p>Which copy is live is kept in {@code read_model_slot}, a row per read model, added here for a read model new to
 * the database.
 */
@Component
public class BlueGreen {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final StoredTokens storedTokens;
    private final ReadModels readModels;

    public BlueGreen(JdbcTemplate jdbc, TransactionTemplate transaction, StoredTokens storedTokens,
                     ReadModels readModels) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.storedTokens = storedTokens;
        this.readModels = readModels;
        readModels.names().forEach(this::addSlot);
    }

    /** A read model new to the database starts on copy a (several nodes may start at once: the first adds it). */
    private void addSlot(String readModel) {
        if (findSlot(readModel).isEmpty()) {
            try {
                jdbc.update("INSERT INTO read_model_slot (read_model, live) VALUES (?, 'a')", readModel);
            } catch (DuplicateKeyException addedByAnotherNode) {
                // the slot is there, which is all this asks
            }
        }
    }

    /**
     * The copy of a table that the read model's handlers write to now: the one being rebuilt, else the live one.
     * Looked up once per unit of work (a processor's batch of events).
     */
    public String writeTable(String readModel, String viewName) {
        String copy = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource("read-model-copy:" + readModel,
                        key -> slot(readModel).writeCopy())
                : slot(readModel).writeCopy();
        return viewName + "_" + copy;
    }

    /**
     * Starts a rebuild, from the read model's reset handler (while its processor is stopped and its tokens are
     * still those it had reached): empties the copy that is not live, sends the writes there, and notes the head of
     * the event stream, which the rebuilt copy must reach before clients are switched to it. The live copy's
     * position is taken from the stored tokens, a lower bound (see {@link #liveCopyHolds}).
     */
    public void startRebuild(String readModel) {
        Slot slot = slot(readModel);
        String standby = slot.other();
        List<String> views = tables(readModel);
        for (int i = views.size() - 1; i >= 0; i--) {
            jdbc.update("DELETE FROM " + views.get(i) + "_" + standby);
        }
        Long livePosition = slot.building() != null ? slot.livePosition() : lowestPosition(readModel).stream()
                .boxed().findFirst().orElse(null);
        Long head = jdbc.queryForObject("SELECT COALESCE(MAX(globalIndex), 0) FROM DomainEventEntry", Long.class);
        jdbc.update("UPDATE read_model_slot SET building = ?, live_position = ?, rebuild_to = ? WHERE read_model = ?",
                standby, livePosition, head, readModel);
    }

    /**
     * Records that the live copy of a read model being rebuilt holds every event up to {@code position}: its
     * processor had processed them before it stopped. (The stored tokens, read by {@link #startRebuild}, can lag
     * behind: a segment stores its position only now and then while no event of its own arrives.)
     */
    public void liveCopyHolds(String readModel, long position) {
        jdbc.update("""
                UPDATE read_model_slot SET live_position = ?
                WHERE read_model = ? AND building IS NOT NULL AND (live_position IS NULL OR live_position < ?)""",
                position, readModel, position);
    }

    /**
     * Switches a read model being rebuilt to its rebuilt copy once every segment of its processor has processed the
     * head the stream had when the rebuild started (so the rebuilt copy holds all the live one held); true when it
     * switched. A segment's position is that of its stored token or, fresher, the one in {@code positionsHere} (the
     * segments this node is processing: an idle segment stores its token only now and then).
     */
    public boolean switchIfRebuilt(String readModel, Map<Integer, Long> positionsHere) {
        Slot slot = slot(readModel);
        if (slot.building() == null || !caughtUp(readModel, slot.rebuildTo(), positionsHere)) {
            return false;
        }
        return Boolean.TRUE.equals(transaction.execute(status -> {
            for (String view : tables(readModel)) {
                jdbc.execute("CREATE OR REPLACE VIEW " + view + " AS SELECT * FROM " + view + "_" + slot.building());
            }
            return jdbc.update("""
                    UPDATE read_model_slot SET live = building, building = NULL, live_position = NULL, rebuild_to = NULL
                    WHERE read_model = ? AND building = ?""", readModel, slot.building()) == 1;
        }));
    }

    /** The read model's rebuild in progress, if any (none for a name that is not a read model). */
    public Optional<Rebuild> rebuild(String readModel) {
        return findSlot(readModel).filter(slot -> slot.building() != null)
                .map(slot -> new Rebuild(slot.live(), slot.building(), slot.livePosition()));
    }

    /** The read models being rebuilt now. */
    public List<String> rebuilding() {
        return jdbc.queryForList("SELECT read_model FROM read_model_slot WHERE building IS NOT NULL", String.class);
    }

    /**
     * A rebuild in progress: the copies live and being rebuilt, and the position the live copy is frozen at
     * (null when unknown).
     */
    public record Rebuild(String live, String building, Long livePosition) {
    }

    private List<String> tables(String readModel) {
        return readModels.find(readModel).orElseThrow(() -> new IllegalArgumentException(
                "No read model is named " + readModel)).tables();
    }

    private Slot slot(String readModel) {
        return findSlot(readModel)
                .orElseThrow(() -> new IllegalStateException("Read model " + readModel + " has no slot row"));
    }

    private Optional<Slot> findSlot(String readModel) {
        return jdbc.query("SELECT live, building, live_position, rebuild_to FROM read_model_slot WHERE read_model = ?",
                        (row, n) -> new Slot(row.getString("live"), row.getString("building"),
                                row.getObject("live_position", Long.class), row.getObject("rebuild_to", Long.class)),
                        readModel)
                .stream().findFirst();
    }

    private record Slot(String live, String building, Long livePosition, Long rebuildTo) {

        String writeCopy() {
            return building != null ? building : live;
        }

        String other() {
            return "a".equals(live) ? "b" : "a";
        }
    }

    /** Whether every segment of the processor has processed the event at {@code position}. */
    private boolean caughtUp(String processor, Long position, Map<Integer, Long> positionsHere) {
        Map<Integer, Long> positions = storedTokens.positions(processor);
        positions.putAll(positionsHere);
        long target = position == null ? 0 : position;
        return !positions.isEmpty() && positions.values().stream().allMatch(reached -> reached >= target);
    }

    /** The lowest position over the processor's segments (what every segment has processed). */
    private OptionalLong lowestPosition(String processor) {
        Collection<TrackingToken> tokens = storedTokens.of(processor).values();
        if (tokens.isEmpty() || tokens.contains(null)) {
            return OptionalLong.empty();
        }
        return tokens.stream().mapToLong(token -> StoredTokens.position(token).orElse(0)).min();
    }
}
