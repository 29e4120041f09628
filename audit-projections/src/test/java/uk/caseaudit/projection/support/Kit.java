package uk.caseaudit.projection.support;

import java.util.List;
import org.axonframework.serialization.json.JacksonSerializer;
import uk.caseaudit.projection.readmodel.BatchPolicy;
import uk.caseaudit.projection.readmodel.BlueGreen;
import uk.caseaudit.projection.readmodel.ReadModel;
import uk.caseaudit.projection.readmodel.ReadModels;
import uk.caseaudit.projection.readmodel.VersionedTables;
import uk.caseaudit.projection.readmodel.axon.StoredTokens;

/**
 * The read-model kit over a test database, as the service makes it, for a read model's own tests: they make its
 * projection and queries on these {@link VersionedTables} and call its handlers directly. Outside a processor's batch
 * each handler writes at once, to the live copy.
 */
public final class Kit {

    private Kit() {
    }

    /** The versioned tables of these read models, on blue/green copies and the batch policy over {@code database}. */
    public static VersionedTables tables(ReadModelDatabase database, ReadModel... readModels) {
        StoredTokens tokens = new StoredTokens(database.jdbc, JacksonSerializer.defaultSerializer());
        BlueGreen blueGreen = new BlueGreen(database.jdbc, database.transaction, tokens,
                new ReadModels(List.of(readModels)));
        return new VersionedTables(database.jdbc, blueGreen, new BatchPolicy());
    }
}
