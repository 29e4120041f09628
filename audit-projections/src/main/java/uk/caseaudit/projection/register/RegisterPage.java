package uk.caseaudit.projection.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One page of the register as it stood on {@code asAt} (known at {@code knownAt}) and how many match in all. */
public record RegisterPage(List<RegisterRow> cases, int page, int size, long total, LocalDate asAt, Instant knownAt) {
}
