package uk.caseaudit.api.audits;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import uk.caseaudit.action.Focus;
import uk.caseaudit.audit.Engagement;
import uk.caseaudit.audit.EngagementLevel;
import uk.caseaudit.shared.Grade;
import uk.caseaudit.shared.PracticeArea;

/** The bodies of the commands on one audit. */
final class AuditCommandRequests {

    private AuditCommandRequests() {
    }

    @Schema(description = "The auditor's judgements.", example = """
            {"grades":{"OVERALL":"REQUIRES_IMPROVEMENT","SAFETY":"GOOD","VOICE":"INADEQUATE"},
             "engagement":{"socialWorker":"ENGAGED","teamManager":"ENGAGED","child":"NOT_APPROPRIATE","parent":"ATTEMPTED"},
             "summary":"Plan is current; the child's voice is not recorded.","effectiveOn":"2018-05-20"}""")
    record SubmitJudgementsRequest(
            @Schema(description = "A grade per practice area; OVERALL is required.")
            @NotEmpty Map<@NotNull PracticeArea, @NotNull Grade> grades,
            @NotNull @Valid EngagementRequest engagement,
            @Schema(maxLength = 4000) @NotBlank @Size(max = 4000) String summary,
            @Schema(description = "The day the judgements were submitted; today when left out.") LocalDate effectiveOn) {
    }

    @Schema(description = "Whether each party was engaged in the audit.")
    record EngagementRequest(@NotNull EngagementLevel socialWorker, @NotNull EngagementLevel teamManager,
                             @NotNull EngagementLevel child, @NotNull EngagementLevel parent) {
        Engagement toEngagement() {
            return new Engagement(socialWorker, teamManager, child, parent);
        }
    }

    @Schema(description = "The moderator's grades (agreed or changed) with the rationale.", example = """
            {"grades":{"OVERALL":"INADEQUATE"},"rationale":"No risk assessment after the second referral.",
             "effectiveOn":"2018-05-28"}""")
    record ModerateRequest(
            @NotEmpty Map<@NotNull PracticeArea, @NotNull Grade> grades,
            @Schema(maxLength = 4000) @NotBlank @Size(max = 4000) String rationale,
            LocalDate effectiveOn) {
    }

    @Schema(example = "{\"reason\":\"The file was closed before the audit could be done.\",\"effectiveOn\":\"2018-05-10\"}")
    record InadmissibilityRequest(@Schema(maxLength = 2000) @NotBlank @Size(max = 2000) String reason,
                                  LocalDate effectiveOn) {
    }

    @Schema(description = "An action agreed for the team holding the child's case.", example = """
            {"description":"Update the child's plan with the school's view","owner":"Team Manager, Chelt Assess",
             "team":"Chelt Assess","dueDate":"2018-06-15","focus":"IMPACT","effectiveOn":"2018-05-21"}""")
    record AgreeActionRequest(
            @Schema(maxLength = 2000) @NotBlank @Size(max = 2000) String description,
            @Schema(maxLength = 120) @NotBlank @Size(max = 120) String owner,
            @Schema(maxLength = 120) @NotBlank @Size(max = 120) String team,
            @NotNull LocalDate dueDate,
            @NotNull Focus focus,
            LocalDate effectiveOn) {
    }
}
