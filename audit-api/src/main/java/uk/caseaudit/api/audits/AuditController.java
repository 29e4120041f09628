package uk.caseaudit.api.audits;

import static uk.caseaudit.api.command.CommandResult.ok;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RequestHeader;
import uk.caseaudit.action.AgreeAuditAction;
import uk.caseaudit.api.audits.AuditCommandRequests.AgreeActionRequest;
import uk.caseaudit.api.audits.AuditCommandRequests.InadmissibilityRequest;
import uk.caseaudit.api.audits.AuditCommandRequests.ModerateRequest;
import uk.caseaudit.api.audits.AuditCommandRequests.SubmitJudgementsRequest;
import uk.caseaudit.api.command.CommandResult;
import uk.caseaudit.api.command.IfMatch;
import uk.caseaudit.audit.DeclareAuditInadmissible;
import uk.caseaudit.audit.ModerateJudgement;
import uk.caseaudit.audit.SubmitJudgements;
import uk.caseaudit.api.command.CommandSender;
import uk.caseaudit.api.problem.NotFound;
import uk.caseaudit.audit.ScheduleAudit;
import uk.caseaudit.projection.audits.AuditPage;
import uk.caseaudit.projection.audits.AuditStatus;
import uk.caseaudit.projection.audits.AuditView;
import uk.caseaudit.projection.audits.FindAudit;
import uk.caseaudit.projection.audits.FindAudits;

@RestController
@RequestMapping("/api/audits")
@Tag(name = "Audits", description = "The monthly audits of children's case files.")
@Validated
class AuditController {

    private final CommandSender commands;
    private final QueryGateway queries;

    AuditController(CommandSender commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @Operation(summary = "Schedule an audit",
            description = "Schedules the audit of one child's case for a month of the programme. Answers 201 with the "
                    + "new audit's id, its version (0) and the event-stream position of the AuditScheduled event.")
    ResponseEntity<CommandResult> schedule(@Valid @RequestBody ScheduleAuditRequest request) {
        String auditId = UUID.randomUUID().toString();
        CommandResult result = commands.send(new ScheduleAudit(auditId, request.auditMonth(), request.childReference(),
                request.team(), request.serviceArea(), request.auditType(), request.auditor(), request.dueDate(),
                request.effectiveOn()));
        return ResponseEntity.created(URI.create("/api/audits/" + auditId))
                .eTag(Long.toString(result.version()))
                .body(result.named("auditId"));
    }

    @PostMapping("/{auditId}/judgements")
    @Operation(summary = "Submit the auditor's judgements",
            description = "A grade per practice area (OVERALL required), the engagement of each party and a summary. "
                    + "Once only: later changes go through moderation. 422 when the audit is inadmissible.")
    ResponseEntity<CommandResult> submitJudgements(@PathVariable String auditId,
                                                   @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                   @Valid @RequestBody SubmitJudgementsRequest request) {
        return ok(commands.send(new SubmitJudgements(auditId, request.grades(), request.engagement().toEngagement(),
                request.summary(), request.effectiveOn(), IfMatch.version(ifMatch))), "auditId");
    }

    @PostMapping("/{auditId}/moderations")
    @Operation(summary = "Moderate judgements",
            description = "Agrees or changes the grade of any practice area the auditor graded, with a rationale. "
                    + "Every revision is kept. 422 when a grade was not submitted or the audit is inadmissible.")
    ResponseEntity<CommandResult> moderate(@PathVariable String auditId,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody ModerateRequest request) {
        return ok(commands.send(new ModerateJudgement(auditId, request.grades(), request.rationale(),
                request.effectiveOn(), IfMatch.version(ifMatch))), "auditId");
    }

    @PostMapping("/{auditId}/inadmissibility")
    @Operation(summary = "Declare the audit inadmissible",
            description = "It stays in the programme counts but leaves the judgement tables, and takes no further "
                    + "judgements.")
    ResponseEntity<CommandResult> declareInadmissible(@PathVariable String auditId,
                                                      @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                      @Valid @RequestBody InadmissibilityRequest request) {
        return ok(commands.send(new DeclareAuditInadmissible(auditId, request.reason(), request.effectiveOn(),
                IfMatch.version(ifMatch))), "auditId");
    }

    @PostMapping("/{auditId}/actions")
    @Operation(summary = "Agree an action",
            description = "An action the team must take for the child after the audit. Answers 201 with the new "
                    + "action's id. 422 before the judgements are submitted or with a due date before the agreement.")
    ResponseEntity<CommandResult> agreeAction(@PathVariable String auditId,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody AgreeActionRequest request) {
        String actionId = UUID.randomUUID().toString();
        CommandResult result = commands.send(new AgreeAuditAction(auditId, actionId, request.description(),
                request.owner(), request.team(), request.dueDate(), request.focus(), request.effectiveOn(),
                IfMatch.version(ifMatch)));
        return ResponseEntity.created(URI.create("/api/actions/" + actionId))
                .eTag(Long.toString(result.version()))
                .body(result.named("actionId"));
    }

    @GetMapping("/{auditId}")
    @Operation(summary = "One audit", description = "The audit as it stands now; 404 when there is no such audit.")
    ResponseEntity<AuditView> audit(@PathVariable String auditId) {
        AuditView audit = queries.query(new FindAudit(auditId), ResponseTypes.optionalInstanceOf(AuditView.class))
                .join()
                .orElseThrow(() -> new NotFound("audit"));
        return ResponseEntity.ok().eTag(Long.toString(audit.version())).body(audit);
    }

    @GetMapping
    @Operation(summary = "Audits", description = "The audits matching every filter given, ordered by month, team "
            + "and id, a page at a time, with the total that match.")
    AuditPage audits(@RequestParam Optional<YearMonth> month, @RequestParam Optional<String> team,
                     @RequestParam Optional<String> serviceArea, @RequestParam Optional<AuditStatus> status,
                     @RequestParam(defaultValue = "0") @Min(0) int page,
                     @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return queries.query(new FindAudits(month.orElse(null), team.orElse(null), serviceArea.orElse(null),
                status.orElse(null), page, size), AuditPage.class).join();
    }
}
