package uk.caseaudit.projection.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The audit programme month by month (every month of the range, empty ones too), as at a day, as known at an instant. */
public record ProgrammeView(YearMonth from, YearMonth to, LocalDate asAt, Instant knownAt,
                            List<ProgrammeMonthRow> months) {
}
