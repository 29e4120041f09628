package uk.caseaudit.api.command;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The body of a command that takes only a reason (refusing closure, reopening, escalating, cancelling). */
@Schema(example = "{\"reason\":\"Assurance does not show the child has been seen.\"}")
public record ReasonRequest(@Schema(maxLength = 2000) @NotBlank @Size(max = 2000) String reason, LocalDate effectiveOn) {
}
