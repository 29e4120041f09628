package uk.caseaudit.api.audits;

import uk.caseaudit.api.access.AccessLog;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.YearMonth;
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
import uk.caseaudit.api.read.ReadAt;
import uk.caseaudit.audit.ScheduleAudit;
import uk.caseaudit.projection.audits.AuditPage;
import uk.caseaudit.projection.audits.AuditStatus;
import uk.caseaudit.projection.audits.AuditView;
import uk.caseaudit.projection.audits.FindAudit;
import uk.caseaudit.projection.audits.FindAudits;
import uk.caseaudit.api.openapi.CommandOperation;
import uk.caseaudit.api.openapi.ReadOperation;

@RestController
@RequestMapping("/api/audits")
@Tag(name = "Audits", description = "The monthly audits of children's case files.")
@Validated
class AuditController {

    private static final String AUDIT_EXAMPLE = """
            {"auditId":"5b0f7c1e-8d7a-4c55-9a43-1f0e6f2a9c11","auditMonth":"2018-05","childReference":"5067991",
             "team":"Chelt Assess","serviceArea":"Safeguarding","auditType":"CASE_FILE","auditor":"J Smith",
             "dueDate":"2018-05-25","scheduledOn":"2018-05-01","submittedOn":"2018-05-20","withinTimescale":true,
             "grades":{"OVERALL":{"auditor":"REQUIRES_IMPROVEMENT","moderated":"INADEQUATE"},
                       "SAFETY":{"auditor":"GOOD","moderated":null}},
             "engagement":{"socialWorker":"ENGAGED","teamManager":"ATTEMPTED","child":"NOT_APPROPRIATE","parent":"ENGAGED"},
             "moderationRevisions":1,"inadmissible":false,"declaredOn":null,"inadmissibilityReason":null,
             "status":"MODERATED","version":2}""";

    private static final String AUDIT_PAGE_EXAMPLE = """
            {"audits":[{"auditId":"5b0f7c1e-8d7a-4c55-9a43-1f0e6f2a9c11","auditMonth":"2018-05","childReference":"5067991",
              "team":"Chelt Assess","serviceArea":"Safeguarding","auditType":"CASE_FILE","auditor":"J Smith",
              "dueDate":"2018-05-25","scheduledOn":"2018-05-01","submittedOn":null,"withinTimescale":null,"grades":{},
              "engagement":null,"moderationRevisions":0,"inadmissible":false,"declaredOn":null,
              "inadmissibilityReason":null,"status":"SCHEDULED","version":0}],
             "page":0,"size":50,"total":1,"asAt":"2018-05-10","knownAt":"2018-06-10T09:00:00Z"}""";

    private final CommandSender commands;
    private final QueryGateway queries;
    private final AccessLog accessLog;

    AuditController(CommandSender commands, QueryGateway queries, AccessLog accessLog) {
        this.commands = commands;
        this.queries = queries;
        this.accessLog = accessLog;
    }

    @PostMapping
    @CommandOperation(summary = "Schedule an audit",
            description = "Schedules the audit of one child's case for a month of the programme. Answers 201 with the "
                    + "new audit's id, its version (0) and the event-stream position of the AuditScheduled event.")
    @ApiResponse(responseCode = "201", description = "Scheduled; Location is the new audit's address.")
    ResponseEntity<CommandResult> schedule(@Valid @RequestBody ScheduleAuditRequest request) {
        String auditId = UUID.randomUUID().toString();
        return commands.created(new ScheduleAudit(auditId, request.auditMonth(), request.childReference(),
                request.team(), request.serviceArea(), request.auditType(), request.auditor(), request.dueDate(),
                request.effectiveOn()), "/api/audits/" + auditId, "auditId");
    }

    @PostMapping("/{auditId}/judgements")
    @CommandOperation(summary = "Submit the auditor's judgements",
            description = "A grade per practice area (OVERALL required), the engagement of each party and a summary. "
                    + "Once only: later changes go through moderation. 422 when the audit is inadmissible.")
    ResponseEntity<CommandResult> submitJudgements(@PathVariable String auditId, IfMatch ifMatch,
                                                   @Valid @RequestBody SubmitJudgementsRequest request) {
        return commands.ok(new SubmitJudgements(auditId, request.grades(), request.engagement().toEngagement(),
                request.summary(), request.effectiveOn(), ifMatch.version()), "auditId");
    }

    @PostMapping("/{auditId}/moderations")
    @CommandOperation(summary = "Moderate judgements",
            description = "Agrees or changes the grade of any practice area the auditor graded, with a rationale. "
                    + "Every revision is kept. 422 when a grade was not submitted or the audit is inadmissible.")
    ResponseEntity<CommandResult> moderate(@PathVariable String auditId, IfMatch ifMatch,
                                           @Valid @RequestBody ModerateRequest request) {
        return commands.ok(new ModerateJudgement(auditId, request.grades(), request.rationale(),
                request.effectiveOn(), ifMatch.version()), "auditId");
    }

    @PostMapping("/{auditId}/inadmissibility")
    @CommandOperation(summary = "Declare the audit inadmissible",
            description = "It stays in the programme counts but leaves the judgement tables, and takes no further "
                    + "judgements.")
    ResponseEntity<CommandResult> declareInadmissible(@PathVariable String auditId, IfMatch ifMatch,
                                                      @Valid @RequestBody InadmissibilityRequest request) {
        return commands.ok(new DeclareAuditInadmissible(auditId, request.reason(), request.effectiveOn(),
                ifMatch.version()), "auditId");
    }

    @PostMapping("/{auditId}/actions")
    @CommandOperation(summary = "Agree an action",
            description = "An action the team must take for the child after the audit. Answers 201 with the new "
                    + "action's id. 422 before the judgements are submitted or with a due date before the agreement.")
    @ApiResponse(responseCode = "201", description = "Agreed; Location is the new action's address.")
    ResponseEntity<CommandResult> agreeAction(@PathVariable String auditId, IfMatch ifMatch,
                                              @Valid @RequestBody AgreeActionRequest request) {
        String actionId = UUID.randomUUID().toString();
        return commands.created(new AgreeAuditAction(auditId, actionId, request.description(), request.owner(),
                request.team(), request.dueDate(), request.focus(), request.effectiveOn(), ifMatch.version()),
                "/api/actions/" + actionId, "actionId");
    }

    @GetMapping("/{auditId}")
    @ReadOperation(summary = "One audit",
            description = "The audit as it stood at the end of asAt (default today), as known at knownAt (default now): "
                    + "its grades (the auditor's and the latest moderated one per practice area), engagement, status "
                    + "and version (also the ETag, for If-Match). 404 when there is no such audit or it was not "
                    + "scheduled by then. With minPosition, waits until the read model has processed that event-stream "
                    + "position (503 with Retry-After when it cannot in time). Written to the access log.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AuditView.class), examples = @ExampleObject(AUDIT_EXAMPLE)))
    ResponseEntity<AuditView> audit(
            @PathVariable String auditId,
            ReadAt read) {
        AuditView audit = queries.query(new FindAudit(auditId, read.asAt()),
                        ResponseTypes.optionalInstanceOf(AuditView.class))
                .join()
                .orElseThrow(() -> new NotFound("audit"));
        accessLog.read(AccessLog.RecordKind.AUDIT, auditId, audit.childReference());
        return ResponseEntity.ok().eTag(Long.toString(audit.version())).body(audit);
    }

    @GetMapping
    @ReadOperation(summary = "Audits",
            description = "The audits scheduled by the end of asAt (default today), as known at knownAt (default now), "
                    + "matching every filter given (status is the audit's status then), ordered by month, team and id, "
                    + "a page at a time, with the total that match. With minPosition, waits until the read model has "
                    + "processed that event-stream position (503 with Retry-After when it cannot in time).")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AuditPage.class), examples = @ExampleObject(AUDIT_PAGE_EXAMPLE)))
    AuditPage audits(
            @Parameter(description = "The audit month (yyyy-MM).", schema = @Schema(type = "string", example = "2018-05"))
            @RequestParam(required = false) YearMonth month,
            @RequestParam(required = false) String team,
            @RequestParam(required = false) String serviceArea,
            @RequestParam(required = false) AuditStatus status,
            ReadAt read,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return queries.query(new FindAudits(month, team, serviceArea, status, page, size,
                read.asAt()), AuditPage.class).join();
    }
}
