package uk.caseaudit.projection.register;

import io.swagger.v3.oas.annotations.media.Schema;

/** The number of cases of concern raised for one team or one worker. */
public record RecurrenceCount(
        @Schema(example = "Chelt Assess") String name,
        @Schema(example = "3") long count) {
}
