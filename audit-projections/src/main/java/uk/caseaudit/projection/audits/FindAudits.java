package uk.caseaudit.projection.audits;

import java.time.YearMonth;

/**
 * Finds the audits matching every filter given (a null filter matches all), ordered by month,
 * team and id, one page at a time; answers an {@link AuditPage}.
 */
public record FindAudits(YearMonth month, String team, String serviceArea, AuditStatus status, int page, int size) {
}
