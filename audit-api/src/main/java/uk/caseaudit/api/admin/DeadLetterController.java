package uk.caseaudit.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.caseaudit.api.admin.DeadLetterAdmin.DeadLetterView;
import uk.caseaudit.api.admin.DeadLetterAdmin.RetryOutcome;
import uk.caseaudit.api.problem.BadRequest;
import uk.caseaudit.api.read.ReadAt;
import uk.caseaudit.api.read.ReadParameters;
import uk.caseaudit.api.openapi.ReadOperation;

@RestController
@Tag(name = "Operations")
@Validated
class DeadLetterController {

    private static final String DEAD_LETTERS_EXAMPLE = """
            {"deadLetters":[
              {"id":"2b7e4c1a-9d3f-4e6b-8a21-5c0f7d9e3b14","projection":"action-tracker",
               "sequence":"c3a9f2d8-1e47-4b6a-9f02-7d5e8b1c4a93","eventId":"0d4c2f7e-5a1b-4e3c-8f9d-6b2a1c0e7f54",
               "eventType":"uk.caseaudit.AuditActionAgreed","position":1207,"aggregateSequenceNumber":0,
               "enqueuedAt":"2018-06-15T09:00:00Z","lastTouched":"2018-06-15T10:30:00Z",
               "causeType":"org.springframework.dao.DataIntegrityViolationException",
               "causeMessage":"ERROR: value too long for type character varying(200)"},
              {"id":"8f1d3a6c-2e5b-4c7d-9a0e-1b4f6c8d2e37","projection":"action-tracker",
               "sequence":"c3a9f2d8-1e47-4b6a-9f02-7d5e8b1c4a93","eventId":"7a2e9c4b-3d1f-4b8a-a6e5-9c0d2f4b1e68",
               "eventType":"uk.caseaudit.AuditActionCompleted","position":1342,"aggregateSequenceNumber":1,
               "enqueuedAt":"2018-06-20T14:05:00Z","lastTouched":"2018-06-20T14:05:00Z",
               "causeType":null,"causeMessage":null}],
             "counts":{"action-tracker":2,"audits":0,"register":0},
             "page":0,"size":50,"total":2}""";

    private static final String RETRY_EXAMPLE = """
            {"projection":"action-tracker","recovered":2,"stillDead":0}""";

    private final DeadLetterAdmin admin;

    DeadLetterController(DeadLetterAdmin admin) {
        this.admin = admin;
    }

    /**
     * A page of dead letters, the number each read model holds (whatever the filter), and the total that match.
     */
    record DeadLettersResponse(List<DeadLetterView> deadLetters, Map<String, Long> counts, int page, int size,
                               long total) {
    }

    @GetMapping("/api/admin/dead-letters")
    @ReadOperation(summary = "Dead letters",
            description = "The events a read model failed to handle, parked in its dead-letter queue while it went on "
                    + "with the others. The later events of the same aggregate (the sequence) are parked behind the "
                    + "failed one, in order, without a cause of their own: the read model applies none of them until "
                    + "a retry succeeds. Each letter names its read model, the aggregate, the event (id, published "
                    + "type, event-stream position, the aggregate's sequence number), when it was parked and last "
                    + "tried, and the cause of the latest failure. Ordered by read model, then by the position of "
                    + "each sequence's first letter. counts holds every read model's number of letters.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = DeadLettersResponse.class), examples = @ExampleObject(DEAD_LETTERS_EXAMPLE)))
    DeadLettersResponse deadLetters(
            @Parameter(description = "Only this read model's letters: audits, register or action-tracker.")
            @RequestParam(required = false) String projection,
            @ReadParameters(asAt = false, knownAt = false) ReadAt read,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        if (projection != null && !admin.projections().contains(projection)) {
            throw new BadRequest("projection", "must name a read model: " + String.join(", ", admin.projections()));
        }
        read.awaitPosition();
        List<DeadLetterView> letters = admin.deadLetters(projection);
        int from = (int) Math.min((long) page * size, letters.size());
        int to = Math.min(from + size, letters.size());
        return new DeadLettersResponse(letters.subList(from, to), admin.counts(), page, size, letters.size());
    }

    @PostMapping("/api/admin/projections/{name}/dead-letters/retry")
    @Operation(summary = "Retry a read model's dead letters",
            description = "Hands each dead sequence of the read model to its event handlers again, in order, and "
                    + "answers once all have been tried: recovered is how many letters were handled and left the "
                    + "queue, stillDead how many the read model still holds. A sequence whose first letter fails "
                    + "again stays dead (the letter's cause and lastTouched are updated) and the others go on. "
                    + "404 for an unknown read model.")
    @ApiResponse(responseCode = "200", description = "Every dead sequence of the read model has been tried.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RetryOutcome.class),
                    examples = @ExampleObject(RETRY_EXAMPLE)))
    RetryOutcome retry(@PathVariable String name) {
        return admin.retry(name);
    }

    @DeleteMapping("/api/admin/dead-letters/{deadLetterId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Evict a dead letter",
            description = "Removes one letter: its event is never applied to the read model (a replay would apply it "
                    + "again). Evicting the first letter of a sequence leaves the letters behind it dead; the next "
                    + "retry starts with them. 404 for an unknown id.")
    @ApiResponse(responseCode = "204", description = "Evicted.")
    void evict(@PathVariable String deadLetterId) {
        admin.evict(deadLetterId);
    }
}
