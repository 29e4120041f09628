package uk.caseaudit.projection.audits;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import uk.caseaudit.audit.AuditScheduled;
import uk.caseaudit.audit.AuditType;
import uk.caseaudit.audit.Engagement;
import uk.caseaudit.shared.PracticeArea;

/**
 * One row of {@code audit_version} with its rows of {@code audit_grade_version}: the audit's whole state after the
 * event of sequence number {@code seq}, effective from {@code effectiveFrom} and recorded at {@code recordedAt}.
 * A handler takes the previous version, {@linkplain #next copies it} and applies its event to the copy.
 */
final class AuditVersion {

    String auditId;
    long seq;
    LocalDate effectiveFrom;
    Instant recordedAt;
    YearMonth auditMonth;
    String childReference;
    String team;
    String serviceArea;
    AuditType auditType;
    String auditor;
    LocalDate dueDate;
    LocalDate scheduledOn;
    LocalDate submittedOn;
    Boolean withinTimescale;
    Engagement engagement;
    int moderationRevisions;
    boolean inadmissible;
    LocalDate declaredOn;
    String inadmissibilityReason;
    AuditStatus status;
    final Map<PracticeArea, JudgementView> grades = new EnumMap<>(PracticeArea.class);

    /** The first version: the audit as scheduled. */
    static AuditVersion scheduled(AuditScheduled event, long seq, Instant recordedAt) {
        AuditVersion first = new AuditVersion();
        first.auditId = event.auditId();
        first.seq = seq;
        first.effectiveFrom = event.scheduledOn();
        first.recordedAt = recordedAt;
        first.auditMonth = event.auditMonth();
        first.childReference = event.childReference();
        first.team = event.team();
        first.serviceArea = event.serviceArea();
        first.auditType = event.auditType();
        first.auditor = event.auditor();
        first.dueDate = event.dueDate();
        first.scheduledOn = event.scheduledOn();
        first.status = AuditStatus.SCHEDULED;
        return first;
    }

    /** A copy of this version as the start of the next one, of the event {@code seq} effective on {@code effectiveFrom}. */
    AuditVersion next(long nextSeq, LocalDate nextEffectiveFrom, Instant nextRecordedAt) {
        AuditVersion next = new AuditVersion();
        next.auditId = auditId;
        next.seq = nextSeq;
        next.effectiveFrom = nextEffectiveFrom;
        next.recordedAt = nextRecordedAt;
        next.auditMonth = auditMonth;
        next.childReference = childReference;
        next.team = team;
        next.serviceArea = serviceArea;
        next.auditType = auditType;
        next.auditor = auditor;
        next.dueDate = dueDate;
        next.scheduledOn = scheduledOn;
        next.submittedOn = submittedOn;
        next.withinTimescale = withinTimescale;
        next.engagement = engagement;
        next.moderationRevisions = moderationRevisions;
        next.inadmissible = inadmissible;
        next.declaredOn = declaredOn;
        next.inadmissibilityReason = inadmissibilityReason;
        next.status = status;
        next.grades.putAll(grades);
        return next;
    }

    AuditView toView() {
        return new AuditView(auditId, auditMonth, childReference, team, serviceArea, auditType, auditor, dueDate,
                scheduledOn, submittedOn, withinTimescale, Collections.unmodifiableMap(new EnumMap<>(grades)),
                engagement, moderationRevisions, inadmissible, declaredOn, inadmissibilityReason, status, seq);
    }
}
