package uk.caseaudit.projection.tracker;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import uk.caseaudit.action.AuditActionAgreed;
import uk.caseaudit.action.AuditActionCancelled;
import uk.caseaudit.action.AuditActionCompleted;
import uk.caseaudit.action.AuditActionDueDateRevised;
import uk.caseaudit.action.AuditActionEscalated;
import uk.caseaudit.projection.readmodel.ReadModel;
import uk.caseaudit.projection.readmodel.VersionedTable;
import uk.caseaudit.projection.readmodel.VersionedTables;

/**
 * Keeps {@code action_version}: after each event of an action, a row with the action's whole state, effective from the
 * event's day and recorded at the event's time. The tracker's questions are answered from it by
 * {@link TrackerQueryHandler}.
 */
@Component
@ProcessingGroup(ActionTrackerProjection.NAME)
class ActionTrackerProjection {

    static final String NAME = "action-tracker";

    static final String TABLE = "action_version";

    private final VersionedTable<ActionVersion> versions;

    ActionTrackerProjection(VersionedTables tables) {
        this.versions = tables.of(actionTrackerReadModel(), TABLE, "action_id", ActionVersion.ROWS);
    }

    /** The action tracker's declaration: its one table. */
    @Bean
    static ReadModel actionTrackerReadModel() {
        return new ReadModel(NAME, TABLE);
    }

    @EventHandler
    void on(AuditActionAgreed event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        versions.first(ActionVersion.agreed(event, seq, recordedAt));
    }

    @EventHandler
    void on(AuditActionDueDateRevised event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        versions.next(event.actionId(), seq, event.revisedOn(), recordedAt, action -> action.dueDate = event.dueDate());
    }

    @EventHandler
    void on(AuditActionCompleted event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        versions.next(event.actionId(), seq, event.completedOn(), recordedAt, action -> {
            action.completedOn = event.completedOn();
            action.completedLate = event.late();
        });
    }

    @EventHandler
    void on(AuditActionEscalated event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        versions.next(event.actionId(), seq, event.escalatedOn(), recordedAt,
                action -> action.escalatedOn = event.escalatedOn());
    }

    @EventHandler
    void on(AuditActionCancelled event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        versions.next(event.actionId(), seq, event.cancelledOn(), recordedAt,
                action -> action.cancelledOn = event.cancelledOn());
    }

    /** A rebuild fills the copy of the table that clients are not reading. */
    @ResetHandler
    void reset() {
        versions.startRebuild();
    }
}
