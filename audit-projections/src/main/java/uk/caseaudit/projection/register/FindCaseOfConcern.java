package uk.caseaudit.projection.register;

import uk.caseaudit.projection.readmodel.AsAt;

/**
 * Finds one case of concern as it stood on a day (known at an instant); answers an
 * {@code Optional<CaseOfConcernView>}, empty when the case had not been raised by then.
 */
public record FindCaseOfConcern(String caseOfConcernId, AsAt asAt) {
}
