package uk.caseaudit.api.concerns;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.caseaudit.concern.Category;

/** The bodies of the commands on cases of concern. */
final class CaseOfConcernRequests {

    private CaseOfConcernRequests() {
    }

    @Schema(description = "Raises a case of concern from an audit whose current overall grade is INADEQUATE.",
            example = """
                    {"auditId":"6f1c2b1e-3f5a-4c1b-9a51-2f3c1d0e9b7a","childReference":"5067991","category":"CATEGORY_1",
                     "concerns":"No risk assessment after the second referral.","worker":"Agency SW (Gloucester Team 7)",
                     "effectiveOn":"2018-05-29"}""")
    record RaiseRequest(
            @NotBlank @Size(max = 64) String auditId,
            @Schema(description = "The audit's child; refused (422) when it is another child.", maxLength = 32)
            @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9/-]+", message = "letters, digits, '/' and '-' only")
            String childReference,
            @NotNull Category category,
            @Schema(maxLength = 4000) @NotBlank @Size(max = 4000) String concerns,
            @Schema(description = "The worker holding the case, if recorded.", maxLength = 120) @Size(min = 1, max = 120) String worker,
            LocalDate effectiveOn) {
    }

    @Schema(example = "{\"assurance\":\"Strategy meeting held; child seen; plan updated.\",\"effectiveOn\":\"2018-05-30\"}")
    record ReviewRequest(@Schema(maxLength = 4000) @NotBlank @Size(max = 4000) String assurance, LocalDate effectiveOn) {
    }

    @Schema(example = "{\"category\":\"CATEGORY_2\",\"reason\":\"Immediate risk addressed; plan not yet matched to need.\"}")
    record RecategorisationRequest(@NotNull Category category,
                                   @Schema(maxLength = 2000) @NotBlank @Size(max = 2000) String reason,
                                   LocalDate effectiveOn) {
    }

    @Schema(example = "{\"rationale\":\"Assurance received; actions complete; risk now managed.\",\"effectiveOn\":\"2018-05-31\"}")
    record ClosureRequest(@Schema(maxLength = 4000) @NotBlank @Size(max = 4000) String rationale, LocalDate effectiveOn) {
    }
}
