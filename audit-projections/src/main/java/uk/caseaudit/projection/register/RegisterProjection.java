package uk.caseaudit.projection.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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
import uk.caseaudit.projection.ReadModelWrites;
import uk.caseaudit.projection.VersionWrites;
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
    private final VersionWrites<CaseVersion> versions;

    RegisterProjection(JdbcTemplate jdbc, ReadModelTables tables, ReadModelWrites writes) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.versions = new VersionWrites<>(NAME, writes, new WriteCopy(), version -> version.caseOfConcernId);
        tables.register(NAME, TABLE);
    }

    @EventHandler
    void on(CaseOfConcernRaised event, @SequenceNumber long seq, @Timestamp Instant recordedAt,
            @MetaDataValue(Actor.USER_KEY) String user) {
        if (versions.latest(event.caseOfConcernId()).isEmpty()) { // else redelivered
            versions.append(CaseVersion.raised(event, user, seq, recordedAt));
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
        CaseVersion latest = versions.latest(caseOfConcernId).orElseThrow(() -> new IllegalStateException(
                "No earlier version of case of concern " + caseOfConcernId + " before seq " + seq
                        + ": its events arrived out of order or were lost."));
        if (latest.seq >= seq) {
            return; // redelivered
        }
        CaseVersion next = latest.next(seq, effectiveFrom, recordedAt);
        change.accept(next);
        versions.append(next);
    }

    /** The storage of the versions: the copy of the table being written. */
    private final class WriteCopy implements VersionWrites.Storage<CaseVersion> {

        @Override
        public Map<String, CaseVersion> latest(Collection<String> caseOfConcernIds) {
            return jdbc.query(VersionWrites.latestQuery(table(), "case_of_concern_id", caseOfConcernIds.size()),
                    CaseVersion::read, caseOfConcernIds.toArray()).stream()
                    .collect(Collectors.toMap(version -> version.caseOfConcernId, version -> version));
        }

        @Override
        public void insert(List<CaseVersion> written) {
            CaseVersion.insert(jdbc, table(), written);
        }
    }

    /** The copy of {@code case_of_concern_version} written now. */
    private String table() {
        return tables.writeTable(NAME, TABLE);
    }
}
