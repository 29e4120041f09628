package uk.caseaudit.projection.audits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One page of audits as at a day (as known at an instant), and how many match in all. */
public record AuditPage(List<AuditView> audits, int page, int size, long total, LocalDate asAt, Instant knownAt) {
}
