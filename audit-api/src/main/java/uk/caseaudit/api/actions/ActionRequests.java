package uk.caseaudit.api.actions;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The bodies of the commands on audit actions. */
final class ActionRequests {

    private ActionRequests() {
    }

    @Schema(example = "{\"note\":\"Plan updated with the school's view.\",\"effectiveOn\":\"2018-06-12\"}")
    record CompletionRequest(@Schema(maxLength = 2000) @NotBlank @Size(max = 2000) String note, LocalDate effectiveOn) {
    }

    @Schema(example = "{\"dueDate\":\"2018-06-30\",\"reason\":\"Waiting for the paediatric assessment.\"}")
    record DueDateRequest(@NotNull LocalDate dueDate,
                          @Schema(maxLength = 2000) @NotBlank @Size(max = 2000) String reason,
                          LocalDate effectiveOn) {
    }
}
