package uk.caseaudit.projection.history;

import io.swagger.v3.oas.annotations.media.Schema;
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
    public record HistoryView(
            @Schema(example = "6f1c2b1e-3f5a-4c1b-9a51-2f3c1d0e9b7a") String id,
            RecordKind kind,
            List<HistoryEntry> entries) {
    }

    /**
     * One step of a timeline.
     *
     * @param effectiveOn the day the step took effect
     * @param recordedAt  when the service stored it
     * @param why         the reason, rationale, assurance, note or concerns given with it, if any
     * @param details     the step's facts as recorded
     */
    public record HistoryEntry(
            long sequence,
            @Schema(example = "0d4c2f7e-5a1b-4e3c-8f9d-6b2a1c0e7f54") String eventId,
            @Schema(example = "CaseOfConcernRaised") String type,
            LocalDate effectiveOn,
            Instant recordedAt,
            @Schema(example = "head-of-service") String actorUser,
            @Schema(example = "HEAD_OF_SERVICE") String actorRole,
            @Schema(example = "6f1c2b1e-3f5a-4c1b-9a51-2f3c1d0e9b7a") String correlationId,
            @Schema(example = "6f1c2b1e-3f5a-4c1b-9a51-2f3c1d0e9b7a") String causationId,
            @Schema(example = "No risk assessment after the second referral.") String why,
            Object details) {
    }
}
