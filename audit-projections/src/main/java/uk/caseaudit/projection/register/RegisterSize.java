package uk.caseaudit.projection.register;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The number of open cases of concern at the end of {@code periodEnd}. */
public record RegisterSize(
        LocalDate periodEnd,
        @Schema(example = "7") long size) {
}
