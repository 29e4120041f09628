package uk.caseaudit.projection.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.caseaudit.projection.support.ReadModelDatabase;

/**
 * A rebuild fills the copy clients do not read, while they read the live one frozen where it was; clients are switched
 * to the rebuilt copy only once every segment has processed the head the stream had when the rebuild started.
 */
class BlueGreenTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.caseaudit.projection.support.ReadModelDatabase#kinds")
    void a_read_model_new_to_the_database_starts_live_on_copy_a_and_a_node_starting_later_keeps_its_slot(
            String kind) {
        try (ReadModelDatabase database = ReadModelDatabase.open(kind)) {
            Notes first = new Notes(database);

            assertThat(database.jdbc.queryForList("SELECT live FROM read_model_slot WHERE read_model = 'notes'",
                    String.class)).containsExactly("a");
            assertThat(first.blueGreen.rebuild("notes")).as("nothing is being rebuilt").isEmpty();

            first.blueGreen.startRebuild("notes");
            Notes second = new Notes(database);

            assertThat(second.blueGreen.rebuild("notes")).as("the rebuild the first node started")
                    .contains(new BlueGreen.Rebuild("a", "b", null));
            assertThat(database.jdbc.queryForObject("SELECT COUNT(*) FROM read_model_slot WHERE read_model = 'notes'",
                    Long.class)).isOne();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.caseaudit.projection.support.ReadModelDatabase#kinds")
    void a_rebuild_writes_to_the_other_copy_and_clients_are_switched_once_every_segment_has_caught_up(String kind) {
        try (ReadModelDatabase database = ReadModelDatabase.open(kind)) {
            Notes notes = new Notes(database);
            notes.table.first(Notes.note("before", 0, "in the live copy"));
            for (long position = 1; position <= 5; position++) {
                database.jdbc.update("INSERT INTO DomainEventEntry (globalIndex) VALUES (?)", position);
            }
            storeToken(database, 0, 3);
            storeToken(database, 1, 5);

            notes.blueGreen.startRebuild("notes");
            notes.table.first(Notes.note("rebuilt", 0, "in the copy being rebuilt"));

            assertThat(visible(database)).as("clients read the live copy").containsExactly("before");
            assertThat(notes.blueGreen.rebuild("notes")).as("frozen at the lowest segment's position")
                    .contains(new BlueGreen.Rebuild("a", "b", 3L));
            assertThat(notes.blueGreen.rebuilding()).containsExactly("notes");

            assertThat(notes.blueGreen.switchIfRebuilt("notes", Map.of())).as("segment 0 is at 3, the head was 5")
                    .isFalse();
            assertThat(notes.blueGreen.switchIfRebuilt("notes", Map.of(0, 4L))).as("a position this node holds")
                    .isFalse();
            assertThat(visible(database)).containsExactly("before");

            assertThat(notes.blueGreen.switchIfRebuilt("notes", Map.of(0, 5L))).isTrue();
            assertThat(visible(database)).as("clients read the rebuilt copy").containsExactly("rebuilt");
            assertThat(notes.blueGreen.rebuild("notes")).isEmpty();
            assertThat(notes.blueGreen.writeTable("notes", "note_version")).isEqualTo("note_version_b");

            notes.blueGreen.startRebuild("notes");
            assertThat(database.jdbc.queryForObject("SELECT COUNT(*) FROM note_version_a", Long.class))
                    .as("the next rebuild empties the copy that was live before").isZero();
            assertThat(visible(database)).containsExactly("rebuilt");
        }
    }

    private static List<String> visible(ReadModelDatabase database) {
        return database.jdbc.queryForList("SELECT note_id FROM note_version ORDER BY note_id", String.class);
    }

    private static void storeToken(ReadModelDatabase database, int segment, long position) {
        SerializedObject<byte[]> token = JacksonSerializer.defaultSerializer()
                .serialize(new GlobalSequenceTrackingToken(position), byte[].class);
        database.jdbc.update("DELETE FROM TokenEntry WHERE processorName = 'notes' AND segment = ?", segment);
        database.jdbc.update("INSERT INTO TokenEntry (processorName, segment, token, tokenType) VALUES (?, ?, ?, ?)",
                "notes", segment, token.getData(), token.getType().getName());
    }
}
