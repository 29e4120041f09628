package uk.caseaudit.projection.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.caseaudit.projection.support.ReadModelDatabase;

/**
 * A processor's batch gathers its versions and stores them at its commit; a batch whose writes fail stores nothing,
 * and its events are then handled one at a time, so the one that fails fails alone and the others are stored.
 */
class VersionedTableTest {

    private static final String TOO_LONG = "x".repeat(65);

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.caseaudit.projection.support.ReadModelDatabase#kinds")
    void a_batch_stores_its_versions_at_its_commit_and_a_redelivered_event_changes_nothing(String kind) {
        try (ReadModelDatabase database = ReadModelDatabase.open(kind)) {
            Notes notes = new Notes(database);
            List<Long> storedBeforeCommit = new ArrayList<>();

            database.transaction.executeWithoutResult(status -> batch(List.of("n1", "n2"), 10, note -> {
                notes.table.first(Notes.note(note, 0, "first"));
                notes.table.next(note, 1, Notes.DAY.plusDays(1), Notes.RECORDED, next -> next.text = "second");
                storedBeforeCommit.add(count(database));
            }));
            database.transaction.executeWithoutResult(status -> batch(List.of("n1"), 10, note -> {
                notes.table.first(Notes.note(note, 0, "redelivered"));
                notes.table.next(note, 1, Notes.DAY.plusDays(1), Notes.RECORDED, next -> next.text = "redelivered");
            }));

            assertThat(storedBeforeCommit).as("nothing is written before the batch commits").containsOnly(0L);
            assertThat(texts(database)).containsExactly("n1 0 first", "n1 1 second", "n2 0 first", "n2 1 second");
            assertThat(notes.table.current(List.of("n2", "n1", "unknown"))).extracting(Version::seq)
                    .as("the latest of each, in the order asked").containsExactly(1L, 1L);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.caseaudit.projection.support.ReadModelDatabase#kinds")
    void a_batch_that_fails_to_store_is_handled_again_one_event_at_a_time_so_only_the_failing_event_fails(String kind) {
        try (ReadModelDatabase database = ReadModelDatabase.open(kind)) {
            Notes notes = new Notes(database);
            Consumer<String> handler = note -> notes.table.first(Notes.note(note, 0, note.equals("n2") ? TOO_LONG : note));

            assertThatThrownBy(() -> database.transaction.executeWithoutResult(status ->
                    batch(List.of("n1", "n2", "n3"), 20, handler)))
                    .hasMessageContaining("could not store the 3 versions of a batch")
                    .hasMessageNotContaining(TOO_LONG);
            assertThat(count(database)).as("the failed batch stored nothing").isZero();

            List<String> failed = new ArrayList<>();
            TransactionTemplate savepoint = new TransactionTemplate(database.transaction.getTransactionManager());
            savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
            database.transaction.executeWithoutResult(status -> batch(List.of("n1", "n2", "n3"), 20, note -> {
                assertThat(notes.policy.batched("notes")).as("the same events, one at a time").isFalse();
                try {
                    savepoint.executeWithoutResult(handlerStatus -> handler.accept(note));
                } catch (DataAccessException failure) {
                    failed.add(note);
                }
            }));

            assertThat(failed).containsExactly("n2");
            assertThat(texts(database)).containsExactly("n1 0 n1", "n3 0 n3");
        }
    }

    /** Runs the handler for each note's event, as a processor does in one batch (a unit of work) at these positions. */
    private static void batch(List<String> notes, long firstPosition, Consumer<String> handler) {
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            events.add(new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(firstPosition + i),
                    new GenericDomainEventMessage<>("note", notes.get(i), 0, "event")));
        }
        BatchingUnitOfWork<TrackedEventMessage<?>> batch = new BatchingUnitOfWork<>(events);
        batch.start();
        try {
            notes.forEach(handler);
        } catch (RuntimeException failure) {
            batch.rollback(failure);
            throw failure;
        }
        batch.commit();
    }

    private static long count(ReadModelDatabase database) {
        return database.jdbc.queryForObject("SELECT COUNT(*) FROM note_version_a", Long.class);
    }

    private static List<String> texts(ReadModelDatabase database) {
        return database.jdbc.queryForList("SELECT note_id || ' ' || seq || ' ' || text FROM note_version"
                + " ORDER BY note_id, seq", String.class);
    }
}
