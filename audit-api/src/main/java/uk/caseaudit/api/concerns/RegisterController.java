package uk.caseaudit.api.concerns;

import uk.caseaudit.api.access.AccessLog;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.caseaudit.api.problem.BadRequest;
import uk.caseaudit.api.problem.NotFound;
import uk.caseaudit.api.read.ReadAt;
import uk.caseaudit.api.read.ReadParameters;
import uk.caseaudit.concern.Category;
import uk.caseaudit.projection.register.CaseOfConcernView;
import uk.caseaudit.projection.register.FindCaseOfConcern;
import uk.caseaudit.projection.register.FindRecurrence;
import uk.caseaudit.projection.register.FindRegister;
import uk.caseaudit.projection.register.FindRegisterSizes;
import uk.caseaudit.projection.register.RecurrenceBy;
import uk.caseaudit.projection.register.RecurrenceView;
import uk.caseaudit.projection.register.RegisterInterval;
import uk.caseaudit.projection.register.RegisterPage;
import uk.caseaudit.projection.register.RegisterSizesView;
import uk.caseaudit.projection.register.StatusFilter;
import uk.caseaudit.api.openapi.ReadOperation;

/** The register of cases of concern, read as at any day and as known at any instant. */
@RestController
@RequestMapping("/api/cases-of-concern")
@Tag(name = "Cases of concern")
@Validated
class RegisterController {

    /** The longest range of register sizes or recurrence asked for at once. */
    private static final int MAXIMUM_YEARS = 10;

    private final QueryGateway queries;
    private final AccessLog accessLog;

    RegisterController(QueryGateway queries, AccessLog accessLog) {
        this.queries = queries;
        this.accessLog = accessLog;
    }

    @GetMapping
    @ReadOperation(summary = "The register",
            description = "The cases of concern as they stood at the end of asAt (default today), counting only what "
                    + "was recorded by knownAt (default now): OPEN ones (the default) with their days on the "
                    + "register, last review and whether a Category 1 review is late; CLOSED ones with their "
                    + "sign-off; or ALL. Filtered by team and category, ordered by raised date, a page at a time "
                    + "with the total that match.")
    RegisterPage register(
            @RequestParam(defaultValue = "OPEN") StatusFilter status,
            @RequestParam(required = false) String team,
            @RequestParam(required = false) Category category,
            ReadAt read,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return queries.query(new FindRegister(status, team, category, read.asAt(), page, size), RegisterPage.class)
                .join();
    }

    @GetMapping("/register-sizes")
    @ReadOperation(summary = "The register's size over time",
            description = "The number of open cases of concern (of one team when given) at each period end from "
                    + "'from' to 'to' inclusive: the last day of each month (MONTH, the default) or each Sunday "
                    + "(WEEK), each as at that day and as known at knownAt (default now). 400 when 'from' is after "
                    + "'to' or the range is longer than " + MAXIMUM_YEARS + " years.")
    RegisterSizesView registerSizes(
            @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "MONTH") RegisterInterval interval,
            @RequestParam(required = false) String team,
            @ReadParameters(asAt = false) ReadAt read) {
        requireRange(from, to);
        return queries.query(new FindRegisterSizes(from, to, interval, team, read.knownAt()),
                RegisterSizesView.class).join();
    }

    @GetMapping("/recurrence")
    @ReadOperation(summary = "Recurrence by team or worker",
            description = "How many cases of concern were raised from 'from' to 'to' inclusive (of one team when "
                    + "given), per TEAM (the default) or per WORKER, most first, then by name; cases raised without "
                    + "a worker are left out of the WORKER view. Counts what was recorded by knownAt (default now). "
                    + "400 when 'from' is after 'to' or the range is longer than " + MAXIMUM_YEARS + " years.")
    RecurrenceView recurrence(
            @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "TEAM") RecurrenceBy by,
            @RequestParam(required = false) String team,
            @ReadParameters(asAt = false) ReadAt read) {
        requireRange(from, to);
        return queries.query(new FindRecurrence(from, to, by, team, read.knownAt()), RecurrenceView.class).join();
    }

    @GetMapping("/{caseOfConcernId}")
    @ReadOperation(summary = "One case of concern",
            description = "The case as it stood at the end of asAt (default today), as known at knownAt (default "
                    + "now), with the latest of each of its steps; its version as ETag. 404 when it had not been "
                    + "raised by then. Written to the access log.")
    ResponseEntity<CaseOfConcernView> caseOfConcern(
            @PathVariable String caseOfConcernId,
            ReadAt read) {
        CaseOfConcernView view = queries.query(new FindCaseOfConcern(caseOfConcernId, read.asAt()),
                        ResponseTypes.optionalInstanceOf(CaseOfConcernView.class))
                .join()
                .orElseThrow(() -> new NotFound("case of concern"));
        accessLog.read(AccessLog.RecordKind.CASE_OF_CONCERN, caseOfConcernId, view.childReference());
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }

    private static void requireRange(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new BadRequest("from", "must be on or before 'to'");
        }
        if (to.isAfter(from.plusYears(MAXIMUM_YEARS))) {
            throw new BadRequest("to", "must be at most " + MAXIMUM_YEARS + " years after 'from'");
        }
    }
}
