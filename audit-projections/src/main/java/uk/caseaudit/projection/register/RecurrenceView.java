package uk.caseaudit.projection.register;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** How many cases of concern were raised in a period per team or per worker, most first. */
public record RecurrenceView(
        RecurrenceBy by,
        LocalDate from,
        LocalDate to,
        @Schema(example = "Chelt Assess") String team,
        Instant knownAt,
        List<RecurrenceCount> counts) {
}
