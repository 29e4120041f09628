package uk.caseaudit.projection.audits;

import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.caseaudit.projection.audits.AuditVersions.Filters;

/** Answers the audits list and one audit, as at a day and as known at an instant. */
@Component
class AuditQueries {

    private final AuditVersions versions;

    AuditQueries(AuditVersions versions) {
        this.versions = versions;
    }

    @QueryHandler
    Optional<AuditView> handle(FindAudit query) {
        Optional<AuditVersion> audit = query.asAt() == null
                ? versions.current(query.auditId())
                : versions.asAt(query.auditId(), query.asAt());
        return audit.map(AuditVersion::toView);
    }

    @QueryHandler
    AuditPage handle(FindAudits query) {
        Filters filters = new Filters(query.month(), query.team(), query.serviceArea(), query.status());
        List<AuditView> audits = versions.page(filters, query.asAt(), query.page(), query.size()).stream()
                .map(AuditVersion::toView).toList();
        return new AuditPage(audits, query.page(), query.size(), versions.count(filters, query.asAt()),
                query.asAt().date(), query.asAt().knownAt());
    }
}
