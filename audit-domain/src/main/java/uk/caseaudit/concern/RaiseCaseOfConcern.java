package uk.caseaudit.concern;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Raises a case of concern from an audit whose overall grade is inadequate; the audit handles it and opens the case.
 *
 * @param childReference the child the caller means; refused when it is not the audit's child
 * @param worker the worker holding the child's case; may be null
 * @param effectiveOn the day it was raised; today when null
 */
public record RaiseCaseOfConcern(
        @TargetAggregateIdentifier String auditId,
        String caseOfConcernId,
        String childReference,
        Category category,
        String concerns,
        String worker,
        LocalDate effectiveOn,
        @TargetAggregateVersion Long expectedVersion) {
}
