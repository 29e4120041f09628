package uk.caseaudit.projection.audits;

import java.util.List;

/** One page of audits and how many match in all. */
public record AuditPage(List<AuditView> audits, int page, int size, long total) {
}
