package uk.caseaudit.projection.register;

import java.time.LocalDate;

/** The number of open cases of concern at the end of {@code periodEnd}. */
public record RegisterSize(LocalDate periodEnd, long size) {
}
