package uk.caseaudit.projection.register;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One page of the register as it stood on {@code asAt} (known at {@code knownAt}) and how many match in all. */
public record RegisterPage(
        List<RegisterRow> cases,
        @Schema(example = "0") int page,
        @Schema(example = "50") int size,
        long total,
        LocalDate asAt,
        Instant knownAt) {
}
