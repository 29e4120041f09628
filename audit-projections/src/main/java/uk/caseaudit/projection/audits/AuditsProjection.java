package uk.caseaudit.projection.audits;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import uk.caseaudit.audit.AuditDeclaredInadmissible;
import uk.caseaudit.audit.AuditScheduled;
import uk.caseaudit.audit.JudgementModerated;
import uk.caseaudit.audit.JudgementsSubmitted;
import uk.caseaudit.projection.readmodel.ReadModel;
import uk.caseaudit.projection.readmodel.VersionedTable;

/**
 * Keeps a version of each audit per event: its whole state after the event, effective from the event's day and
 * recorded at the event's time, so every audits read model can answer as at any day and as known at any instant.
 * A redelivered event finds its version stored and changes nothing.
 */
@Component
@ProcessingGroup(AuditsProjection.NAME)
class AuditsProjection {

    static final String NAME = "audits";

    private final VersionedTable<AuditVersion> versions;

    AuditsProjection(AuditVersions versions) {
        this.versions = versions.table();
    }

    /** The audits' declaration: the versions, and their grades, which refer to them. */
    @Bean
    static ReadModel auditsReadModel() {
        return new ReadModel(NAME, AuditVersions.AUDITS, AuditVersions.GRADES);
    }

    @EventHandler
    void on(AuditScheduled event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        versions.first(AuditVersion.scheduled(event, seq, recordedAt));
    }

    @EventHandler
    void on(JudgementsSubmitted event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        versions.next(event.auditId(), seq, event.submittedOn(), recordedAt, audit -> {
            audit.submittedOn = event.submittedOn();
            audit.withinTimescale = event.withinTimescale();
            audit.engagement = event.engagement();
            event.grades().forEach((area, grade) -> audit.grades.put(area, new JudgementView(grade, null)));
            audit.status = AuditStatus.SUBMITTED;
        });
    }

    @EventHandler
    void on(JudgementModerated event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        versions.next(event.auditId(), seq, event.moderatedOn(), recordedAt, audit -> {
            event.grades().forEach((area, grade) -> {
                JudgementView submitted = audit.grades.get(area);
                if (submitted == null) {
                    throw new IllegalStateException("Audit " + audit.auditId + " has no submitted grade for " + area
                            + " to moderate");
                }
                audit.grades.put(area, new JudgementView(submitted.auditor(), grade));
            });
            audit.moderationRevisions = event.revision();
            audit.status = AuditStatus.MODERATED;
        });
    }

    @EventHandler
    void on(AuditDeclaredInadmissible event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        versions.next(event.auditId(), seq, event.declaredOn(), recordedAt, audit -> {
            audit.inadmissible = true;
            audit.declaredOn = event.declaredOn();
            audit.inadmissibilityReason = event.reason();
            audit.status = AuditStatus.INADMISSIBLE;
        });
    }

    @ResetHandler
    void reset() {
        versions.startRebuild();
    }
}
