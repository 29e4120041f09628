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
import uk.caseaudit.projection.readmodel.Version;
import uk.caseaudit.shared.PracticeArea;

/**
 * One row of {@code audit_version} with its rows of {@code audit_grade_version}: the audit's whole state after one of
 * its events.
 */
final class AuditVersion extends Version<AuditVersion> {

    String auditId;
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
    Map<PracticeArea, JudgementView> grades = new EnumMap<>(PracticeArea.class);

    AuditVersion(long seq, LocalDate effectiveFrom, Instant recordedAt) {
        super(seq, effectiveFrom, recordedAt);
    }

    @Override
    public String id() {
        return auditId;
    }

    @Override
    protected void copied() {
        grades = new EnumMap<>(grades);
    }

    /** The first version: the audit as scheduled. */
    static AuditVersion scheduled(AuditScheduled event, long seq, Instant recordedAt) {
        AuditVersion first = new AuditVersion(seq, event.scheduledOn(), recordedAt);
        first.auditId = event.auditId();
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

    AuditView toView() {
        return new AuditView(auditId, auditMonth, childReference, team, serviceArea, auditType, auditor, dueDate,
                scheduledOn, submittedOn, withinTimescale, Collections.unmodifiableMap(new EnumMap<>(grades)),
                engagement, moderationRevisions, inadmissible, declaredOn, inadmissibilityReason, status, seq());
    }
}
