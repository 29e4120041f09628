package uk.caseaudit.projection.audits;

import java.time.YearMonth;
import uk.caseaudit.projection.readmodel.AsAt;

/**
 * Finds the audits scheduled by {@code asAt} matching every filter given (a null filter matches all; the status is the
 * audit's status as at then), ordered by month, team and id, one page at a time; answers an {@link AuditPage}.
 */
public record FindAudits(YearMonth month, String team, String serviceArea, AuditStatus status, int page, int size,
                         AsAt asAt) {
}
