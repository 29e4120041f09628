package uk.caseaudit.projection.register;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The register's size at each period end of a range, in date order. */
public record RegisterSizesView(
        RegisterInterval interval,
        LocalDate from,
        LocalDate to,
        @Schema(example = "Chelt Assess") String team,
        Instant knownAt,
        List<RegisterSize> sizes) {
}
