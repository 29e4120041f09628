package uk.caseaudit.projection.register;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Finds the register's size (its open cases, of one team when given) at each period end from {@code from} to
 * {@code to} inclusive, each as at that day and known at {@code knownAt}; answers a {@link RegisterSizesView}.
 */
public record FindRegisterSizes(LocalDate from, LocalDate to, RegisterInterval interval, String team,
                                Instant knownAt) {
}
