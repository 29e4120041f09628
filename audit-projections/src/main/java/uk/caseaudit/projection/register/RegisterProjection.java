package uk.caseaudit.projection.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.caseaudit.concern.CaseOfConcernClosed;
import uk.caseaudit.concern.CaseOfConcernClosureRefused;
import uk.caseaudit.concern.CaseOfConcernRaised;
import uk.caseaudit.concern.CaseOfConcernRecategorised;
import uk.caseaudit.concern.CaseOfConcernReopened;
import uk.caseaudit.concern.CaseReviewRecorded;
import uk.caseaudit.projection.ReadModelTables;
import uk.caseaudit.shared.Actor;

/**
 * Keeps {@code case_of_concern_version}: after each event of a case of concern, a row with the case's whole
 * state, effective from the event's day and recorded at the event's time. The register's questions are
 * answered from it by {@link RegisterQueryHandler}.
 */
@Component
@ProcessingGroup(RegisterProjection.NAME)
class RegisterProjection {

    static final String NAME = "register";

    private static final String TABLE = "case_of_concern_version";

    private final JdbcTemplate jdbc;
    private final ReadModelTables tables;

    RegisterProjection(JdbcTemplate jdbc, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
        tables.register(NAME, TABLE);
    }

    @EventHandler
    void on(CaseOfConcernRaised event, @SequenceNumber long seq, @Timestamp Instant recordedAt,
            @MetaDataValue(Actor.USER_KEY) String user) {
        if (!exists(event.caseOfConcernId(), seq)) {
            CaseVersion.raised(event, user).insert(jdbc, table(), seq, event.raisedOn(), recordedAt);
        }
    }

    @EventHandler
    void on(CaseReviewRecorded event, @SequenceNumber long seq, @Timestamp Instant recordedAt,
            @MetaDataValue(Actor.USER_KEY) String user) {
        next(event.caseOfConcernId(), seq, event.reviewedOn(), recordedAt,
                version -> version.reviewed(event.reviewedOn(), event.assurance(), user));
    }

    @EventHandler
    void on(CaseOfConcernRecategorised event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        next(event.caseOfConcernId(), seq, event.recategorisedOn(), recordedAt,
                version -> version.recategorised(event.recategorisedOn(), event.category()));
    }

    @EventHandler
    void on(CaseOfConcernClosed event, @SequenceNumber long seq, @Timestamp Instant recordedAt,
            @MetaDataValue(Actor.USER_KEY) String user) {
        next(event.caseOfConcernId(), seq, event.closedOn(), recordedAt,
                version -> version.closed(event.closedOn(), event.rationale(), user));
    }

    @EventHandler
    void on(CaseOfConcernClosureRefused event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        next(event.caseOfConcernId(), seq, event.refusedOn(), recordedAt,
                version -> version.closureRefused(event.refusedOn(), event.reason()));
    }

    @EventHandler
    void on(CaseOfConcernReopened event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        next(event.caseOfConcernId(), seq, event.reopenedOn(), recordedAt,
                version -> version.reopened(event.reopenedOn(), event.reason()));
    }

    /** A rebuild fills the copy of the table that clients are not reading (see {@link ReadModelTables}). */
    @ResetHandler
    void reset() {
        tables.startRebuild(NAME);
    }

    /** Appends the version that follows the case's latest one; a redelivered event is skipped. */
    private void next(String caseOfConcernId, long seq, LocalDate effectiveFrom, Instant recordedAt,
                      Consumer<CaseVersion> change) {
        if (exists(caseOfConcernId, seq)) {
            return;
        }
        String table = table();
        CaseVersion version = jdbc.query("SELECT * FROM " + table + " WHERE case_of_concern_id = ? AND seq = "
                        + "(SELECT MAX(seq) FROM " + table + " WHERE case_of_concern_id = ? AND seq < ?)",
                        CaseVersion::read, caseOfConcernId, caseOfConcernId, seq)
                .stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No earlier version of case of concern "
                        + caseOfConcernId + " before seq " + seq + ": its events arrived out of order or were lost."));
        change.accept(version);
        version.insert(jdbc, table(), seq, effectiveFrom, recordedAt);
    }

    private boolean exists(String caseOfConcernId, long seq) {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM " + table() + " WHERE case_of_concern_id = ? AND seq = ?",
                Integer.class, caseOfConcernId, seq);
        return count != null && count > 0;
    }

    /** The copy of {@code case_of_concern_version} written now. */
    private String table() {
        return tables.writeTable(NAME, TABLE);
    }
}
