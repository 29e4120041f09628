package uk.caseaudit.projection.readmodel;

import uk.caseaudit.projection.readmodel.axon.StoredTokens;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.json.JacksonSerializer;
import uk.caseaudit.projection.support.ReadModelDatabase;

/**
 * The kit's test read model, "notes" (table {@code note_version}, migration {@code db/kit/V100}), with the kit made
 * over a test database as the service makes it.
 */
final class Notes {

    static final ReadModel READ_MODEL = new ReadModel("notes", "note_version");
    static final LocalDate DAY = LocalDate.of(2024, 6, 30);
    static final Instant RECORDED = Instant.parse("2024-07-01T08:30:00Z");

    final StoredTokens tokens;
    final BlueGreen blueGreen;
    final BatchPolicy policy = new BatchPolicy();
    final VersionedTable<Note> table;

    Notes(ReadModelDatabase database) {
        tokens = new StoredTokens(database.jdbc, JacksonSerializer.defaultSerializer());
        blueGreen = new BlueGreen(database.jdbc, database.transaction, tokens,
                new ReadModels(List.of(READ_MODEL)));
        table = new VersionedTables(database.jdbc, blueGreen, policy).of(READ_MODEL, "note_version", "note_id",
                Note.ROWS);
    }

    /** A note's first version. */
    static Note note(String id, long seq, String text) {
        Note note = new Note(seq, DAY, RECORDED);
        note.noteId = id;
        note.text = text;
        return note;
    }

    static final class Note extends Version<Note> {

        String noteId;
        String text;

        Note(long seq, LocalDate effectiveFrom, Instant recordedAt) {
            super(seq, effectiveFrom, recordedAt);
        }

        @Override
        public String id() {
            return noteId;
        }

        static final Rows<Note> ROWS = new Rows<>() {

            @Override
            public List<String> columns() {
                return List.of("note_id", "seq", "effective_from", "recorded_at", "text");
            }

            @Override
            public Object[] values(Note note) {
                return new Object[] {note.noteId, note.seq(), AsAt.sqlDate(note.effectiveFrom()),
                    AsAt.utc(note.recordedAt()), note.text};
            }

            @Override
            public Note read(ResultSet row) throws SQLException {
                Note note = new Note(row.getLong("seq"), Rows.day(row, "effective_from"), null);
                note.noteId = row.getString("note_id");
                note.text = row.getString("text");
                return note;
            }
        };
    }
}
