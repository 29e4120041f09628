package uk.caseaudit.concern;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The Improvement Director refuses to close an open case of concern, asking for more assurance.
 *
 * @param effectiveOn the day of the refusal; today when null
 */
public record RefuseCaseOfConcernClosure(
        @TargetAggregateIdentifier String caseOfConcernId,
        String reason,
        LocalDate effectiveOn,
        @TargetAggregateVersion Long expectedVersion) {
}
