package uk.caseaudit.concern;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Moves an open case of concern to another category, with a reason.
 *
 * @param effectiveOn the day of the re-categorisation; today when null
 */
public record RecategoriseCaseOfConcern(
        @TargetAggregateIdentifier String caseOfConcernId,
        Category category,
        String reason,
        LocalDate effectiveOn,
        @TargetAggregateVersion Long expectedVersion) {
}
