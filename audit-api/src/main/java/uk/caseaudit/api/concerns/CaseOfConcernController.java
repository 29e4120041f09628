package uk.caseaudit.api.concerns;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.caseaudit.api.command.CommandResult;
import uk.caseaudit.api.command.CommandSender;
import uk.caseaudit.api.command.IfMatch;
import uk.caseaudit.api.command.ReasonRequest;
import uk.caseaudit.api.concerns.CaseOfConcernRequests.ClosureRequest;
import uk.caseaudit.api.concerns.CaseOfConcernRequests.RaiseRequest;
import uk.caseaudit.api.concerns.CaseOfConcernRequests.RecategorisationRequest;
import uk.caseaudit.api.concerns.CaseOfConcernRequests.ReviewRequest;
import uk.caseaudit.concern.CloseCaseOfConcern;
import uk.caseaudit.concern.RaiseCaseOfConcern;
import uk.caseaudit.concern.RecategoriseCaseOfConcern;
import uk.caseaudit.concern.RecordCaseReview;
import uk.caseaudit.concern.RefuseCaseOfConcernClosure;
import uk.caseaudit.concern.ReopenCaseOfConcern;
import uk.caseaudit.api.openapi.CommandOperation;

@RestController
@RequestMapping("/api/cases-of-concern")
@Tag(name = "Cases of concern", description = "The register of cases of concern: raised by a Head of Service, "
        + "closed only by the Improvement Director.")
class CaseOfConcernController {

    private static final String ID = "caseOfConcernId";

    private final CommandSender commands;

    CaseOfConcernController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    @CommandOperation(summary = "Raise a case of concern",
            description = "From an audit whose current overall grade (moderated if moderated) is INADEQUATE. A child "
                    + "has at most one open case: a second is refused with 422 CHILD_ALREADY_HAS_OPEN_CASE, also when "
                    + "two requests race. Answers 201 with the case's id.")
    @ApiResponse(responseCode = "201", description = "Raised; Location is the new case of concern's address.")
    ResponseEntity<CommandResult> raise(IfMatch ifMatch, @Valid @RequestBody RaiseRequest request) {
        String caseOfConcernId = UUID.randomUUID().toString();
        return commands.created(new RaiseCaseOfConcern(request.auditId(), caseOfConcernId, request.childReference(),
                request.category(), request.concerns(), request.worker(), request.effectiveOn(), ifMatch.version()),
                "/api/cases-of-concern/" + caseOfConcernId, ID);
    }

    @PostMapping("/{caseOfConcernId}/reviews")
    @CommandOperation(summary = "Record a Head of Service review", description = "The assurance: what was found and what "
            + "is now in place. Closing needs one recorded since the case was raised, re-categorised or reopened.")
    ResponseEntity<CommandResult> review(@PathVariable String caseOfConcernId, IfMatch ifMatch,
                                         @Valid @RequestBody ReviewRequest request) {
        return commands.ok(new RecordCaseReview(caseOfConcernId, request.assurance(), request.effectiveOn(),
                ifMatch.version()), ID);
    }

    @PostMapping("/{caseOfConcernId}/recategorisation")
    @CommandOperation(summary = "Re-categorise", description = "Changes the Annex H category, with a reason.")
    ResponseEntity<CommandResult> recategorise(@PathVariable String caseOfConcernId, IfMatch ifMatch,
                                               @Valid @RequestBody RecategorisationRequest request) {
        return commands.ok(new RecategoriseCaseOfConcern(caseOfConcernId, request.category(), request.reason(),
                request.effectiveOn(), ifMatch.version()), ID);
    }

    @PostMapping("/{caseOfConcernId}/closure")
    @CommandOperation(summary = "Close (the Improvement Director's sign-off)",
            description = "Closes the case with a rationale. 422 REVIEW_REQUIRED_BEFORE_CLOSURE without a Head of "
                    + "Service review since it was raised, re-categorised or reopened.")
    ResponseEntity<CommandResult> close(@PathVariable String caseOfConcernId, IfMatch ifMatch,
                                        @Valid @RequestBody ClosureRequest request) {
        return commands.ok(new CloseCaseOfConcern(caseOfConcernId, request.rationale(), request.effectiveOn(),
                ifMatch.version()), ID);
    }

    @PostMapping("/{caseOfConcernId}/closure-refusal")
    @CommandOperation(summary = "Refuse closure", description = "The Improvement Director asks for more assurance.")
    ResponseEntity<CommandResult> refuseClosure(@PathVariable String caseOfConcernId, IfMatch ifMatch,
                                                @Valid @RequestBody ReasonRequest request) {
        return commands.ok(new RefuseCaseOfConcernClosure(caseOfConcernId, request.reason(),
                request.effectiveOn(), ifMatch.version()), ID);
    }

    @PostMapping("/{caseOfConcernId}/reopening")
    @CommandOperation(summary = "Reopen", description = "Puts a closed case back on the register, with a reason; refused "
            + "when the child has another open case.")
    ResponseEntity<CommandResult> reopen(@PathVariable String caseOfConcernId, IfMatch ifMatch,
                                         @Valid @RequestBody ReasonRequest request) {
        return commands.ok(new ReopenCaseOfConcern(caseOfConcernId, request.reason(), request.effectiveOn(),
                ifMatch.version()), ID);
    }
}
