package uk.caseaudit.projection.readmodel.axon;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import uk.caseaudit.projection.readmodel.BlueGreen;
import uk.caseaudit.projection.readmodel.ReadModels;

/**
 * Axon's JDBC token store, where a read model's first build over events already stored is a rebuild.
 *
 * <p>A read model's processor that finds no tokens (a new database restored from an event store, a read model new in
 * this release) starts at the first event, in Axon's replay mode up to the head it saw. Its first build is then a
 * rebuild like any other ({@link BlueGreen#startRebuild}): its handlers write to the copy clients do not read,
 * in batches, and clients read the empty live copy until the rebuilt one has caught up with that head (a read with
 * {@code minPosition} waits, and answers 503 when it cannot wait that long). The rebuild starts in the transaction
 * that creates the tokens, so of several nodes starting at once only the one whose tokens were stored starts it.
 * Over an empty event store the processor simply starts live.
 */
public final class ReadModelTokenStore extends JdbcTokenStore {

    private final BlueGreen tables;
    private final ReadModels readModels;

    public ReadModelTokenStore(JdbcTokenStore.Builder builder, BlueGreen tables, ReadModels readModels) {
        super(builder);
        this.tables = tables;
        this.readModels = readModels;
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken)
            throws UnableToClaimTokenException {
        super.initializeTokenSegments(processorName, segmentCount, initialToken);
        if (initialToken instanceof ReplayToken && readModels.contains(processorName)) {
            tables.startRebuild(processorName);
        }
    }
}
