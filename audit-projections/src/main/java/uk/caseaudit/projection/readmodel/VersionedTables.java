package uk.caseaudit.projection.readmodel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Makes a read model's {@link VersionedTable}s, on the kit's blue/green copies and batch policy. */
@Component
public class VersionedTables {

    private final JdbcTemplate jdbc;
    private final BlueGreen blueGreen;
    private final BatchPolicy policy;

    public VersionedTables(JdbcTemplate jdbc, BlueGreen blueGreen, BatchPolicy policy) {
        this.jdbc = jdbc;
        this.blueGreen = blueGreen;
        this.policy = policy;
    }

    /** The table {@code view} of the read model, a row per record (in {@code idColumn}) and event. */
    public <V extends Version<V>> VersionedTable<V> of(ReadModel readModel, String view, String idColumn,
                                                      Rows<V> rows) {
        return new VersionedTable<>(readModel, view, idColumn, rows, jdbc, blueGreen, policy);
    }
}
