package uk.caseaudit.concern;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The Improvement Director's sign-off: closes an open case of concern, with a rationale.
 *
 * @param effectiveOn the day of the sign-off; today when null
 */
public record CloseCaseOfConcern(
        @TargetAggregateIdentifier String caseOfConcernId,
        String rationale,
        LocalDate effectiveOn,
        @TargetAggregateVersion Long expectedVersion) {
}
