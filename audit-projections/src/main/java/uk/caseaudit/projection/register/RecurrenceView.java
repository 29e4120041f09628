package uk.caseaudit.projection.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** How many cases of concern were raised in a period per team or per worker, most first. */
public record RecurrenceView(RecurrenceBy by, LocalDate from, LocalDate to, String team, Instant knownAt,
                             List<RecurrenceCount> counts) {
}
