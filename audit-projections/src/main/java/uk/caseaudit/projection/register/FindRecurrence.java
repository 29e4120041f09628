package uk.caseaudit.projection.register;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Counts the cases of concern raised from {@code from} to {@code to} inclusive (of one team when given), as
 * recorded by {@code knownAt}, per team or per worker, most first, then by name; answers a {@link RecurrenceView}.
 */
public record FindRecurrence(LocalDate from, LocalDate to, RecurrenceBy by, String team, Instant knownAt) {
}
