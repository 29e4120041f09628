package uk.caseaudit.api.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.caseaudit.api.access.AccessLog;
import uk.caseaudit.api.problem.NotFound;
import uk.caseaudit.projection.history.HistoryQueries.FindHistory;
import uk.caseaudit.projection.history.HistoryQueries.HistoryView;
import uk.caseaudit.projection.history.HistoryQueries.RecordKind;
import uk.caseaudit.api.openapi.ReadOperation;

@RestController
@Tag(name = "Histories", description = "Every step of an audit, case of concern or action: who, when, what and why.")
class HistoryController {

    private final QueryGateway queries;
    private final AccessLog accessLog;
    private final ObjectMapper json;

    HistoryController(QueryGateway queries, AccessLog accessLog, ObjectMapper json) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.json = json;
    }

    @GetMapping("/api/audits/{auditId}/history")
    @ReadOperation(summary = "An audit's history", description = "Its steps oldest first, each with the day it took "
            + "effect, when it was recorded, the actor (user and role), the reason given and the recorded facts. "
            + "Every history read is written to the access log.")
    HistoryView auditHistory(@PathVariable String auditId) {
        return find(RecordKind.AUDIT, auditId, "audit", AccessLog.RecordKind.AUDIT_HISTORY);
    }

    @GetMapping("/api/cases-of-concern/{caseOfConcernId}/history")
    @ReadOperation(summary = "A case of concern's timeline", description = "Raised, reviewed, re-categorised, closure "
            + "refused, closed, reopened: who, when, what and why, oldest first.")
    HistoryView caseOfConcernHistory(@PathVariable String caseOfConcernId) {
        return find(RecordKind.CASE_OF_CONCERN, caseOfConcernId, "case of concern",
                AccessLog.RecordKind.CASE_OF_CONCERN_HISTORY);
    }

    @GetMapping("/api/actions/{actionId}/history")
    @ReadOperation(summary = "An audit action's history", description = "Agreed, due date revised, escalated, "
            + "completed or cancelled: who, when, what and why, oldest first.")
    HistoryView actionHistory(@PathVariable String actionId) {
        return find(RecordKind.AUDIT_ACTION, actionId, "action", AccessLog.RecordKind.ACTION_HISTORY);
    }

    /** The record's history; the read is written to the access log under the child its first step names. */
    private HistoryView find(RecordKind kind, String id, String thing, AccessLog.RecordKind read) {
        HistoryView history = queries.query(new FindHistory(kind, id), ResponseTypes.optionalInstanceOf(HistoryView.class))
                .join()
                .orElseThrow(() -> new NotFound(thing));
        accessLog.read(read, id, childReference(history));
        return history;
    }

    private String childReference(HistoryView history) {
        return history.entries().stream()
                .map(entry -> json.valueToTree(entry.details()).path("childReference"))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The history of " + history.kind() + " " + history.id()
                        + " names no child"));
    }
}
