package uk.caseaudit.api.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uk.caseaudit.api.problem.BadRequest;
import uk.caseaudit.api.openapi.ReadOperation;

@RestController
@Tag(name = "Event feed", description = "Every event in global order, as CloudEvents, for integrators.")
class EventFeedController {

    private final EventFeed feed;
    private final EventTypes types;
    private final ObjectMapper json;
    private final EventStream stream;

    EventFeedController(EventFeed feed, EventTypes types, ObjectMapper json, EventStream stream) {
        this.feed = feed;
        this.types = types;
        this.json = json;
        this.stream = stream;
    }

    @GetMapping(path = "/api/events/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ReadOperation(summary = "Events live, as Server-Sent Events",
            description = "Every event after `after` (or after the `Last-Event-ID` the client sends when it "
                    + "reconnects), then each new one as it is stored: event name = the published type, id = its "
                    + "position, data = the CloudEvent (JSON event format). A comment line `:heartbeat` every 15 s "
                    + "when idle keeps proxies from closing the stream. 503 when too many streams are open.")
    SseEmitter stream(
            @Parameter(description = "Only events after this position (0: from the first)")
            @RequestParam(defaultValue = "0") long after,
            @Parameter(description = "Sent by an EventSource when it reconnects: the id (position) of the last event "
                    + "it received; wins over `after`.")
            @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId) {
        long from = after;
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                from = Long.parseLong(lastEventId.trim());
            } catch (NumberFormatException notAPosition) {
                throw new BadRequest("Last-Event-ID", "must be the position of an event");
            }
        }
        if (from < 0) {
            throw new BadRequest("after", "must not be negative");
        }
        return stream.open(from);
    }

    @GetMapping(path = "/api/events", produces = MediaType.APPLICATION_JSON_VALUE)
    @ReadOperation(summary = "Events in global order", description = "Up to `limit` events after position `after`, each "
            + "a CloudEvent (JSON event format): id, source, type (a published, versioned name), time, subject (the "
            + "aggregate), data (the payload, in its type's newest version: an event stored in an older one is "
            + "upcast), and the extensions position, schemaversion, sequence, aggregatetype, "
            + "actoruser and actorrole (position and sequence are 64-bit, so strings in the CloudEvents JSON "
            + "format). `next` is the position to ask from next (it may pass events the filters left "
            + "out); `head` the newest position. A page never passes a position that a transaction still in progress "
            + "may fill, so paging from `next` returns every event exactly once.")
    ObjectNode events(
            @Parameter(description = "Only events after this position (0: from the first)")
            @RequestParam(defaultValue = "0") long after,
            @Parameter(description = "At most this many events, 1 to 1000")
            @RequestParam(defaultValue = "100") int limit,
            @Parameter(description = "Only these published types, e.g. uk.caseaudit.AuditScheduled (repeat or comma-separate)")
            @RequestParam(required = false) List<String> type,
            @Parameter(description = "Only the events of this aggregate")
            @RequestParam(required = false) String aggregateId) {
        if (after < 0) {
            throw new BadRequest("after", "must not be negative");
        }
        if (limit < 1 || limit > EventFeed.MAX_LIMIT) {
            throw new BadRequest("limit", "must be between 1 and " + EventFeed.MAX_LIMIT);
        }
        List<String> payloadTypes = type == null ? List.of() : type.stream()
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .map(name -> types.named(name).orElseThrow(() -> new BadRequest("type", "names no published event type"))
                        .payloadClass().getName())
                .distinct()
                .toList();
        EventFeed.Page page = feed.read(after, limit, payloadTypes,
                aggregateId == null || aggregateId.isBlank() ? null : aggregateId);
        ObjectNode answer = json.createObjectNode();
        ArrayNode events = answer.putArray("events");
        for (CloudEvent event : page.events()) {
            events.add(feed.toJson(event));
        }
        answer.put("next", page.next());
        answer.put("head", page.head());
        return answer;
    }
}
