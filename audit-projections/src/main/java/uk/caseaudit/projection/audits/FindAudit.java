package uk.caseaudit.projection.audits;

/** Finds one audit by its id; answers an {@code Optional<AuditView>}. */
public record FindAudit(String auditId) {
}
