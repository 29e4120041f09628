package uk.caseaudit.concern;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records a Head of Service's review of an open case of concern: what was found, what is now in place.
 *
 * @param effectiveOn the day of the review; today when null
 */
public record RecordCaseReview(
        @TargetAggregateIdentifier String caseOfConcernId,
        String assurance,
        LocalDate effectiveOn,
        @TargetAggregateVersion Long expectedVersion) {
}
