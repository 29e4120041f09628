package uk.caseaudit.audit;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Declares an audit inadmissible: it cannot be analysed, and takes no further judgements.
 *
 * @param effectiveOn the day of the declaration; today when null
 */
public record DeclareAuditInadmissible(
        @TargetAggregateIdentifier String auditId,
        String reason,
        LocalDate effectiveOn,
        @TargetAggregateVersion Long expectedVersion) {
}
