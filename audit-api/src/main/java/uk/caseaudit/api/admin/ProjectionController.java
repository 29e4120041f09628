package uk.caseaudit.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.caseaudit.api.admin.ProjectionAdmin.ProjectionStatus;
import uk.caseaudit.api.openapi.ReadOperation;

@RestController
@Tag(name = "Operations", description = "The read models' processors (QA_LEAD only).")
class ProjectionController {

    private final ProjectionAdmin admin;

    ProjectionController(ProjectionAdmin admin) {
        this.admin = admin;
    }

    @GetMapping("/api/admin/projections")
    @ReadOperation(summary = "Read models", description = "Each read model's processed position, the head of the event "
            + "stream, the lag between them, its state (LIVE, or REPLAYING while clients still read its previous "
            + "state) and how many of its events are parked as dead letters.")
    List<ProjectionStatus> projections() {
        return admin.statuses();
    }

    @PostMapping("/api/admin/projections/{name}/replay")
    @Operation(summary = "Rebuild a read model", description = "Empties it and rebuilds it from the first event; "
            + "answers 202 at once, GET /api/admin/projections shows the progress. 404 for an unknown name.")
    @ApiResponse(responseCode = "202", description = "The rebuild has started; its state is REPLAYING until done.")
    ResponseEntity<ProjectionStatus> replay(@PathVariable String name) {
        return ResponseEntity.accepted().body(admin.replay(name));
    }
}
