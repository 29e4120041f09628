package uk.caseaudit.api.actions;

import io.swagger.v3.oas.annotations.media.Schema;
import uk.caseaudit.api.access.AccessLog;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.caseaudit.api.problem.BadRequest;
import uk.caseaudit.api.problem.NotFound;
import uk.caseaudit.api.read.ReadAt;
import uk.caseaudit.projection.readmodel.AsAt;
import uk.caseaudit.projection.tracker.ActionRow;
import uk.caseaudit.projection.tracker.ActionStatus;
import uk.caseaudit.projection.tracker.CohortRow;
import uk.caseaudit.projection.tracker.TrackerQueries.ActionPage;
import uk.caseaudit.projection.tracker.TrackerQueries.FindAction;
import uk.caseaudit.projection.tracker.TrackerQueries.FindActionTracker;
import uk.caseaudit.projection.tracker.TrackerQueries.FindActions;
import uk.caseaudit.projection.tracker.TrackerQueries.Grouping;
import uk.caseaudit.projection.tracker.TrackerQueries.TrackerView;
import uk.caseaudit.api.openapi.ReadOperation;

@RestController
@Tag(name = "Audit actions")
@Validated
class TrackerController {

    private final QueryGateway queries;
    private final AccessLog accessLog;

    TrackerController(QueryGateway queries, AccessLog accessLog) {
        this.queries = queries;
        this.accessLog = accessLog;
    }

    /** The tracker's answer: the two time axes it was asked at, and a row per cohort (or team). */
    record TrackerResponse(LocalDate asAt, Instant knownAt, List<CohortRow> cohorts) {
    }

    /** A page of actions, the time axes it was asked at, and the total that match. */
    record ActionsResponse(
            LocalDate asAt,
            Instant knownAt,
            List<ActionRow> actions,
            @Schema(example = "0") int page,
            @Schema(example = "50") int size,
            long total) {
    }

    @GetMapping("/api/action-tracker")
    @ReadOperation(summary = "The action tracker",
            description = "Per cohort (the audit month the actions came from): total agreed, completed (and how many "
                    + "late), outstanding (not completed, due date in force passed), not yet due, escalated (outstanding "
                    + "and escalated), cancelled, and how many children's cases have outstanding actions, as at a day "
                    + "(asAt, default today) and as known at an instant (knownAt, default now).")
    TrackerResponse tracker(@RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to,
                            @RequestParam(required = false) String team,
                            ReadAt read) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequest("from", "must not be after 'to'");
        }
        AsAt axes = read.asAt();
        TrackerView view = queries.query(new FindActionTracker(from, to, team, Grouping.COHORT, axes), TrackerView.class)
                .join();
        return new TrackerResponse(axes.date(), axes.knownAt(), view.rows());
    }

    @GetMapping("/api/action-tracker/teams")
    @ReadOperation(summary = "The action tracker of one cohort by team",
            description = "The same counts as the tracker, for one cohort, a row per team: where the outstanding "
                    + "actions are.")
    TrackerResponse trackerByTeam(@RequestParam YearMonth cohort,
                                  ReadAt read) {
        AsAt axes = read.asAt();
        TrackerView view = queries.query(new FindActionTracker(cohort, cohort, null, Grouping.TEAM, axes),
                TrackerView.class).join();
        return new TrackerResponse(axes.date(), axes.knownAt(), view.rows());
    }

    @GetMapping("/api/actions")
    @ReadOperation(summary = "Audit actions",
            description = "The actions as they stood on a day, filtered by status on that day (ESCALATED = "
                    + "outstanding and escalated), cohort, team and child's case; ordered by cohort, due date and id. "
                    + "A read for one child's case (childReference) is written to the access log.")
    ActionsResponse actions(@RequestParam(required = false) ActionStatus status,
                            @RequestParam(required = false) YearMonth cohort,
                            @RequestParam(required = false) String team,
                            @RequestParam(required = false) String childReference,
                            ReadAt read,
                            @RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        AsAt axes = read.asAt();
        ActionPage found = queries.query(new FindActions(status, cohort, team, childReference, axes, page, size),
                ActionPage.class).join();
        if (childReference != null) {
            accessLog.read(AccessLog.RecordKind.CHILD_ACTIONS, null, childReference);
        }
        return new ActionsResponse(axes.date(), axes.knownAt(), found.actions(), found.page(), found.size(),
                found.total());
    }

    @GetMapping("/api/actions/{actionId}")
    @ReadOperation(summary = "One audit action", description = "The action as it stood on a day; 404 when it was not "
            + "agreed by then. Written to the access log.")
    ResponseEntity<ActionRow> action(@PathVariable String actionId,
                                     ReadAt read) {
        ActionRow action = queries.query(new FindAction(actionId, read.asAt()),
                        ResponseTypes.optionalInstanceOf(ActionRow.class)).join()
                .orElseThrow(() -> new NotFound("action"));
        accessLog.read(AccessLog.RecordKind.ACTION, actionId, action.childReference());
        return ResponseEntity.ok().eTag(Long.toString(action.version())).body(action);
    }
}
