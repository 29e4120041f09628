package uk.caseaudit.projection.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The timeline of one audit, case of concern or audit action: who did what, when and why. */
public final class HistoryQueries {

    private HistoryQueries() {
    }

    /** The kinds of record that have a history, by the name of their aggregate. */
    public enum RecordKind {
        AUDIT("Audit"), CASE_OF_CONCERN("CaseOfConcern"), AUDIT_ACTION("AuditAction");

        private final String aggregateType;

        RecordKind(String aggregateType) {
            this.aggregateType = aggregateType;
        }

        public String aggregateType() {
            return aggregateType;
        }
    }

    /** Finds the timeline of one record of the given kind; answers an {@code Optional<HistoryView>}. */
    public record FindHistory(RecordKind kind, String id) {
    }

    /** A record's timeline, oldest first. */
    public record HistoryView(String id, RecordKind kind, List<HistoryEntry> entries) {
    }

    /**
     * One step of a timeline.
     *
     * @param effectiveOn the day the step took effect
     * @param recordedAt  when the service stored it
     * @param why         the reason, rationale, assurance, note or concerns given with it, if any
     * @param details     the step's facts as recorded
     */
    public record HistoryEntry(long sequence, String eventId, String type, LocalDate effectiveOn, Instant recordedAt,
                               String actorUser, String actorRole, String correlationId, String causationId,
                               String why, Object details) {
    }
}
