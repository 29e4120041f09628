package uk.caseaudit.projection.register;

import uk.caseaudit.concern.Category;
import uk.caseaudit.projection.readmodel.AsAt;

/**
 * Finds the register as it stood on a day (known at an instant): the cases of the status asked for, of
 * one team and one category when given (a null filter matches all), ordered by raised date and id, one
 * page at a time; answers a {@link RegisterPage}.
 */
public record FindRegister(StatusFilter status, String team, Category category, AsAt asAt, int page, int size) {
}
