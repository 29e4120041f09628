package uk.caseaudit.api.actions;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.caseaudit.action.CancelAuditAction;
import uk.caseaudit.action.CompleteAuditAction;
import uk.caseaudit.action.EscalateAuditAction;
import uk.caseaudit.action.ReviseAuditActionDueDate;
import uk.caseaudit.api.actions.ActionRequests.CompletionRequest;
import uk.caseaudit.api.actions.ActionRequests.DueDateRequest;
import uk.caseaudit.api.command.CommandResult;
import uk.caseaudit.api.command.CommandSender;
import uk.caseaudit.api.command.IfMatch;
import uk.caseaudit.api.command.ReasonRequest;
import uk.caseaudit.api.openapi.CommandOperation;

@RestController
@RequestMapping("/api/actions")
@Tag(name = "Audit actions", description = "The actions each audit sets, completed by Team Managers.")
class ActionController {

    private static final String ID = "actionId";

    private final CommandSender commands;

    ActionController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/{actionId}/completion")
    @CommandOperation(summary = "Complete an action", description = "Completed on the effective date, with a note; after "
            + "the due date in force it counts as completed late.")
    ResponseEntity<CommandResult> complete(@PathVariable String actionId, IfMatch ifMatch,
                                           @Valid @RequestBody CompletionRequest request) {
        return commands.ok(new CompleteAuditAction(actionId, request.note(), request.effectiveOn(),
                ifMatch.version()), ID);
    }

    @PostMapping("/{actionId}/due-date")
    @CommandOperation(summary = "Revise the due date", description = "With a reason; the original due date is kept.")
    ResponseEntity<CommandResult> reviseDueDate(@PathVariable String actionId, IfMatch ifMatch,
                                                @Valid @RequestBody DueDateRequest request) {
        return commands.ok(new ReviseAuditActionDueDate(actionId, request.dueDate(), request.reason(),
                request.effectiveOn(), ifMatch.version()), ID);
    }

    @PostMapping("/{actionId}/escalation")
    @CommandOperation(summary = "Escalate an outstanding action", description = "To the Head of Service; only an action "
            + "past its due date and not completed (422 ACTION_NOT_OUTSTANDING otherwise).")
    ResponseEntity<CommandResult> escalate(@PathVariable String actionId, IfMatch ifMatch,
                                           @Valid @RequestBody ReasonRequest request) {
        return commands.ok(new EscalateAuditAction(actionId, request.reason(), request.effectiveOn(),
                ifMatch.version()), ID);
    }

    @PostMapping("/{actionId}/cancellation")
    @CommandOperation(summary = "Cancel an action", description = "With a reason; a completed action cannot be cancelled.")
    ResponseEntity<CommandResult> cancel(@PathVariable String actionId, IfMatch ifMatch,
                                         @Valid @RequestBody ReasonRequest request) {
        return commands.ok(new CancelAuditAction(actionId, request.reason(), request.effectiveOn(),
                ifMatch.version()), ID);
    }
}
