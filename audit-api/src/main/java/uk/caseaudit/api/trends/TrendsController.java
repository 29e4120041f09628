package uk.caseaudit.api.trends;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.caseaudit.api.problem.BadRequest;
import uk.caseaudit.api.read.ReadAt;
import uk.caseaudit.audit.AuditType;
import uk.caseaudit.projection.programme.FindProgramme;
import uk.caseaudit.projection.programme.ProgrammeView;
import uk.caseaudit.projection.trends.FindJudgementTrends;
import uk.caseaudit.projection.trends.JudgementStage;
import uk.caseaudit.projection.trends.JudgementTrendsView;
import uk.caseaudit.projection.trends.TrendInterval;
import uk.caseaudit.shared.PracticeArea;
import uk.caseaudit.api.openapi.ReadOperation;

@RestController
@RequestMapping("/api")
@Tag(name = "Judgement trends and programme",
        description = "The monthly and quarterly tables of the audit programme, as at any day.")
@Validated
class TrendsController {

    /** The longest range of audit months one table covers (20 years). */
    static final int MAXIMUM_MONTHS = 240;

    private static final String TRENDS_EXAMPLE = """
            {"from":"2018-05","to":"2018-05","interval":"MONTH","area":"OVERALL","stage":"MODERATED",
             "asAt":"2018-06-10","knownAt":"2018-06-10T09:00:00Z",
             "periods":[{"period":"2018-05",
                         "grades":{"OUTSTANDING":{"count":0,"percent":0.0},"GOOD":{"count":2,"percent":8.0},
                                   "REQUIRES_IMPROVEMENT":{"count":14,"percent":56.0},
                                   "INADEQUATE":{"count":9,"percent":36.0}},
                         "total":25,"goodOrBetter":2,"goodOrBetterPercent":8.0}]}""";

    private static final String PROGRAMME_EXAMPLE = """
            {"from":"2018-05","to":"2018-05","asAt":"2018-06-10","knownAt":"2018-06-10T09:00:00Z",
             "months":[{"month":"2018-05","scheduled":27,"completedWithinTimescale":26,"late":1,"inadmissible":1,
                        "analysed":25,
                        "engagement":{
                          "socialWorker":{"ENGAGED":18,"ATTEMPTED":8,"NOT_APPROPRIATE":0,"NOT_RECORDED":0},
                          "teamManager":{"ENGAGED":16,"ATTEMPTED":10,"NOT_APPROPRIATE":0,"NOT_RECORDED":0},
                          "child":{"ENGAGED":0,"ATTEMPTED":9,"NOT_APPROPRIATE":17,"NOT_RECORDED":0},
                          "parent":{"ENGAGED":12,"ATTEMPTED":10,"NOT_APPROPRIATE":0,"NOT_RECORDED":4}}}]}""";

    private final QueryGateway queries;

    TrendsController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/judgement-trends")
    @ReadOperation(summary = "Judgement trends",
            description = "Per month or per financial-year quarter (Q1 = April to June, labelled like 2018-19 Q1) "
                    + "of the audit months from..to: how many audits had each grade for the practice area, with its "
                    + "percentage of the period's total (one decimal), the total, and good or better (OUTSTANDING + "
                    + "GOOD). Counts only audits submitted and not declared inadmissible by the end of asAt (default "
                    + "today), as known at knownAt (default now). Stage MODERATED counts the latest moderated grade "
                    + "where there is one, else the auditor's; AUDITOR the auditor's. 400 when from is after to. "
                    + "With minPosition, waits until the read models have processed that event-stream position "
                    + "(503 with Retry-After when they cannot in time).")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = JudgementTrendsView.class), examples = @ExampleObject(TRENDS_EXAMPLE)))
    JudgementTrendsView judgementTrends(
            @Parameter(description = "The first audit month (yyyy-MM).", required = true,
                    schema = @Schema(type = "string", example = "2018-01"))
            @RequestParam YearMonth from,
            @Parameter(description = "The last audit month (yyyy-MM), not before from.", required = true,
                    schema = @Schema(type = "string", example = "2018-05"))
            @RequestParam YearMonth to,
            @RequestParam(defaultValue = "MONTH") TrendInterval interval,
            @RequestParam(defaultValue = "OVERALL") PracticeArea area,
            @RequestParam(defaultValue = "MODERATED") JudgementStage stage,
            @RequestParam(required = false) String serviceArea,
            @RequestParam(required = false) String team,
            @RequestParam(required = false) AuditType auditType,
            ReadAt read) {
        requireRange(from, to);
        return queries.query(new FindJudgementTrends(from, to, interval, area, stage, serviceArea, team, auditType,
                read.asAt()), JudgementTrendsView.class).join();
    }

    @GetMapping("/programme")
    @ReadOperation(summary = "Programme and engagement",
            description = "Per audit month from..to, as at the end of asAt (default today), as known at knownAt "
                    + "(default now): audits scheduled; completed within timescale (submitted on or before the due "
                    + "date); late (submitted after the due date, or not submitted and past it, unless declared "
                    + "inadmissible); inadmissible; analysed (submitted, not inadmissible); and for the social worker, "
                    + "team manager, child and parent, how many of the submitted audits found them ENGAGED, "
                    + "ATTEMPTED, NOT_APPROPRIATE or NOT_RECORDED. Optionally one team's audits only. 400 when from "
                    + "is after to. With minPosition, waits until the read models have processed that event-stream "
                    + "position (503 with Retry-After when they cannot in time).")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ProgrammeView.class), examples = @ExampleObject(PROGRAMME_EXAMPLE)))
    ProgrammeView programme(
            @Parameter(description = "The first audit month (yyyy-MM).", required = true,
                    schema = @Schema(type = "string", example = "2018-05"))
            @RequestParam YearMonth from,
            @Parameter(description = "The last audit month (yyyy-MM), not before from.", required = true,
                    schema = @Schema(type = "string", example = "2018-05"))
            @RequestParam YearMonth to,
            @Parameter(description = "Only this team's audits; all teams when left out.")
            @RequestParam(required = false) String team,
            ReadAt read) {
        requireRange(from, to);
        return queries.query(new FindProgramme(from, to, team, read.asAt()), ProgrammeView.class)
                .join();
    }

    private static void requireRange(YearMonth from, YearMonth to) {
        if (from.isAfter(to)) {
            throw new BadRequest("from", "must not be after 'to'");
        }
        if (ChronoUnit.MONTHS.between(from, to) >= MAXIMUM_MONTHS) {
            throw new BadRequest("to", "must be less than " + MAXIMUM_MONTHS + " months after 'from'");
        }
    }
}
