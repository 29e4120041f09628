package uk.caseaudit.api.audits;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import uk.caseaudit.audit.AuditType;

/** The body of {@code POST /api/audits}: an audit to schedule. */
@Schema(example = """
        {"auditMonth":"2018-05","childReference":"5067991","team":"Chelt Assess","serviceArea":"Safeguarding",
         "auditType":"CASE_FILE","auditor":"J. Smith (Head of Service)","dueDate":"2018-05-25","effectiveOn":"2018-05-01"}""")
record ScheduleAuditRequest(
        @Schema(description = "The month of the programme the audit belongs to (yyyy-MM).", type = "string",
                example = "2018-05")
        @NotNull YearMonth auditMonth,
        @Schema(description = "The child's case number in the council's case management system; never a name.",
                example = "5067991", maxLength = 32)
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9/-]+", message = "letters, digits, '/' and '-' only")
        String childReference,
        @Schema(description = "The team holding the case.", example = "Chelt Assess", maxLength = 120)
        @NotBlank @Size(max = 120) String team,
        @Schema(description = "The service area, as the council names it.", example = "Safeguarding", maxLength = 60)
        @NotBlank @Size(max = 60) String serviceArea,
        @NotNull AuditType auditType,
        @Schema(description = "Who audits the case (a Head of Service or Team Manager).", maxLength = 120)
        @NotBlank @Size(max = 120) String auditor,
        @Schema(description = "The day the auditor's judgements are due.", example = "2018-05-25")
        @NotNull LocalDate dueDate,
        @Schema(description = "The day the audit was scheduled; today when left out; never in the future.")
        LocalDate effectiveOn) {
}
