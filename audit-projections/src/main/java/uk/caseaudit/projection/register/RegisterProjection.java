package uk.caseaudit.projection.register;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import uk.caseaudit.concern.CaseOfConcernClosed;
import uk.caseaudit.concern.CaseOfConcernClosureRefused;
import uk.caseaudit.concern.CaseOfConcernRaised;
import uk.caseaudit.concern.CaseOfConcernRecategorised;
import uk.caseaudit.concern.CaseOfConcernReopened;
import uk.caseaudit.concern.CaseReviewRecorded;
import uk.caseaudit.projection.readmodel.ReadModel;
import uk.caseaudit.projection.readmodel.VersionedTable;
import uk.caseaudit.projection.readmodel.VersionedTables;
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

    static final String TABLE = "case_of_concern_version";

    private final VersionedTable<CaseVersion> versions;

    RegisterProjection(VersionedTables tables) {
        this.versions = tables.of(registerReadModel(), TABLE, "case_of_concern_id", CaseVersion.ROWS);
    }

    /** The register's declaration: its one table. */
    @Bean
    static ReadModel registerReadModel() {
        return new ReadModel(NAME, TABLE);
    }

    @EventHandler
    void on(CaseOfConcernRaised event, @SequenceNumber long seq, @Timestamp Instant recordedAt,
            @MetaDataValue(Actor.USER_KEY) String user) {
        versions.first(CaseVersion.raised(event, user, seq, recordedAt));
    }

    @EventHandler
    void on(CaseReviewRecorded event, @SequenceNumber long seq, @Timestamp Instant recordedAt,
            @MetaDataValue(Actor.USER_KEY) String user) {
        versions.next(event.caseOfConcernId(), seq, event.reviewedOn(), recordedAt,
                version -> version.reviewed(event.reviewedOn(), event.assurance(), user));
    }

    @EventHandler
    void on(CaseOfConcernRecategorised event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        versions.next(event.caseOfConcernId(), seq, event.recategorisedOn(), recordedAt,
                version -> version.recategorised(event.recategorisedOn(), event.category()));
    }

    @EventHandler
    void on(CaseOfConcernClosed event, @SequenceNumber long seq, @Timestamp Instant recordedAt,
            @MetaDataValue(Actor.USER_KEY) String user) {
        versions.next(event.caseOfConcernId(), seq, event.closedOn(), recordedAt,
                version -> version.closed(event.closedOn(), event.rationale(), user));
    }

    @EventHandler
    void on(CaseOfConcernClosureRefused event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        versions.next(event.caseOfConcernId(), seq, event.refusedOn(), recordedAt,
                version -> version.closureRefused(event.refusedOn(), event.reason()));
    }

    @EventHandler
    void on(CaseOfConcernReopened event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        versions.next(event.caseOfConcernId(), seq, event.reopenedOn(), recordedAt,
                version -> version.reopened(event.reopenedOn(), event.reason()));
    }

    /** A rebuild fills the copy of the table that clients are not reading. */
    @ResetHandler
    void reset() {
        versions.startRebuild();
    }
}
