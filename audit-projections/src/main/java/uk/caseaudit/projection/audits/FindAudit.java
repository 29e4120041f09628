package uk.caseaudit.projection.audits;

import uk.caseaudit.projection.readmodel.AsAt;

/**
 * Finds one audit as it stood at {@code asAt}, or as it stands now when {@code asAt} is null; answers an
 * {@code Optional<AuditView>}, empty when it was not scheduled by then.
 */
public record FindAudit(String auditId, AsAt asAt) {

    /** Finds the audit as it stands now. */
    public FindAudit(String auditId) {
        this(auditId, null);
    }
}
