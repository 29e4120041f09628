package uk.caseaudit.api.access;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.caseaudit.api.access.AccessLog.AccessFilter;
import uk.caseaudit.api.access.AccessLog.AccessPage;
import uk.caseaudit.api.problem.BadRequest;
import uk.caseaudit.api.openapi.ReadOperation;

@RestController
@Tag(name = "Access log", description = "Who read which child's records, and when (QA_LEAD, IMPROVEMENT_DIRECTOR).")
@Validated
class AccessLogController {

    private static final String EXAMPLE = """
            {"entries":[{"id":42,"accessedAt":"2018-06-15T09:12:30Z","user":"head-of-service",
              "role":"HEAD_OF_SERVICE","recordKind":"CASE_OF_CONCERN_HISTORY",
              "recordId":"5f0c2a9e-3b7d-4e1a-9c64-2d8b7e1f0a35","childReference":"5067991"}],
             "page":0,"size":50,"total":1}""";

    private final AccessLog accessLog;

    AccessLogController(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @GetMapping("/api/access-log")
    @ReadOperation(summary = "Reads of children's records",
            description = "Every read of an audit, a case of concern, an action, one of their histories, or the "
                    + "actions of one child: who (user and role), when, what and whose (the child reference). "
                    + "Newest first, filtered by every parameter given; days are Europe/London.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AccessPage.class), examples = @ExampleObject(EXAMPLE)))
    AccessPage accessLog(
            @Parameter(description = "Only this user's reads.") @RequestParam(required = false) String user,
            @Parameter(description = "Only reads of this child's records.")
            @RequestParam(required = false) String childReference,
            @Parameter(description = "Only reads of this audit, case of concern or action.")
            @RequestParam(required = false) String recordId,
            @Parameter(description = "From this day (yyyy-MM-dd), inclusive.")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "To this day (yyyy-MM-dd), inclusive.")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequest("from", "must not be after to");
        }
        return accessLog.find(new AccessFilter(user, childReference, recordId, from, to), page, size);
    }
}
