package uk.caseaudit.concern;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Reopens a closed case of concern, with a reason.
 *
 * @param effectiveOn the day it was reopened; today when null
 */
public record ReopenCaseOfConcern(
        @TargetAggregateIdentifier String caseOfConcernId,
        String reason,
        LocalDate effectiveOn,
        @TargetAggregateVersion Long expectedVersion) {
}
