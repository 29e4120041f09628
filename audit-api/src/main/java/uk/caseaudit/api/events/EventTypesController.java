package uk.caseaudit.api.events;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.caseaudit.api.problem.NotFound;
import uk.caseaudit.api.openapi.ReadOperation;

@RestController
@Tag(name = "Event types", description = "The catalogue of published event types, each version with its JSON Schema.")
class EventTypesController {

    static final String SCHEMA_JSON = "application/schema+json";

    private final EventTypes types;
    private final EventSchemas schemas;

    EventTypesController(EventTypes types, EventSchemas schemas) {
        this.types = types;
        this.schemas = schemas;
    }

    /** The catalogue. */
    record EventTypeCatalogue(List<EventTypeView> types) {
    }

    /** One published event type and its versions. */
    record EventTypeView(
            @Schema(example = "register") String name,
            @Schema(example = "aggregate") String aggregate,
            List<EventTypeVersion> versions) {
    }

    /** One version of an event type: the JSON Schema (draft 2020-12) of its data. */
    record EventTypeVersion(
            int version,
            @Schema(example = "{}") ObjectNode schema) {
    }

    @GetMapping("/api/event-types")
    @ReadOperation(summary = "Every published event type", description = "Each event type by its published name (as in "
            + "the feed's type), the aggregate it belongs to and its versions, oldest first, each with the JSON Schema "
            + "(draft 2020-12) of the event's data: the newest generated from the event class, older ones as they "
            + "were published. The feed serves every event in its type's newest version.")
    EventTypeCatalogue eventTypes() {
        return new EventTypeCatalogue(types.all().stream()
                .map(type -> new EventTypeView(type.name(), type.aggregate(), type.versions().stream()
                        .map(version -> new EventTypeVersion(version, schemas.of(type, version)))
                        .toList()))
                .toList());
    }

    @GetMapping(path = "/api/event-types/{name}/{version}", produces = {SCHEMA_JSON, "application/json"})
    @ReadOperation(summary = "The JSON Schema of one version of an event type", description = "The JSON Schema (draft "
            + "2020-12) of the data of the event type with that published name (e.g. uk.caseaudit.AuditScheduled) "
            + "and version; 404 for an unknown name or version.")
    ObjectNode eventTypeSchema(@PathVariable String name, @PathVariable int version) {
        return schemas.of(name, version).orElseThrow(() -> new NotFound("event type version"));
    }
}
