package uk.caseaudit.api.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.caseaudit.shared.Actor;

/**
 * Reads the event store in global order for integrators, each event as a CloudEvent (JSON format),
 * in its type's newest version: each stored event passes through Axon's upcaster chain, as it does
 * for the aggregates and the read models, and {@code schemaversion} is the revision it comes out at.
 *
 * <p>Holes: positions come from an identity, taken when an event is inserted, so a transaction that
 * commits after a newer one leaves a hole until it commits, and one that rolls back leaves it for ever.
 * A page never passes a hole that may still fill, so a reader following {@code next} gets every event
 * exactly once, in order. Both are decided from one statement's rows, so no commit between two reads
 * can change the answer, and a hole is passed only when an event above it was appended more than
 * {@code case-audit.feed.gap-wait} ago by the database's clock: every appending transaction commits
 * within {@code case-audit.events.append-timeout} of its timestamp ({@link AppendTimeLimit}), so the
 * transaction that took the hole's position ended before that (docs/event-feed.md gives the proof and
 * the numbers). Holes are judged on the unfiltered sequence, so filters never make a reader skip an event.
 */
@Component
public class EventFeed {

    /** The CloudEvents {@code source} of every event. */
    public static final URI SOURCE = URI.create("/case-audit");
    public static final int MAX_LIMIT = 1000;
    /** How many positions a page with filters looks at, at most: it may hold fewer events than asked for. */
    static final int FILTERED_WINDOW = 10 * MAX_LIMIT;

    private static final JsonFormat FORMAT = new JsonFormat();

    private static final String COLUMNS = "globalIndex, appendedAt, CURRENT_TIMESTAMP AS readAt, aggregateIdentifier, "
            + "sequenceNumber, type, eventIdentifier, payloadType, payloadRevision, timeStamp";

    private static final byte[] NO_META_DATA = "{}".getBytes(StandardCharsets.UTF_8);

    /** One page: the events as CloudEvents, the position to ask from next, and the store's head. */
    public record Page(List<CloudEvent> events, long next, long head) {
    }

    /**
     * One stored position of a page's window: when it was appended (the database's clock), and the stored event if the
     * page's filters keep it.
     */
    record Scanned(long position, Instant appendedAt, Optional<DomainEventData<byte[]>> kept) {
    }

    /**
     * Which events of its window a page returns: all, or those of some payload types or one aggregate. Every row of the
     * window is read, for its position; the content only of the rows the filter keeps (a stored payload is never null).
     */
    private record Filter(String condition, List<Object> args) {

        static Filter of(List<String> payloadTypes, String aggregateId) {
            List<String> conditions = new ArrayList<>();
            List<Object> args = new ArrayList<>();
            if (!payloadTypes.isEmpty()) {
                String placeholders = String.join(", ", payloadTypes.stream().map(type -> "?").toList());
                conditions.add("payloadType IN (" + placeholders + ")");
                args.addAll(payloadTypes);
            }
            if (aggregateId != null) {
                conditions.add("aggregateIdentifier = ?");
                args.add(aggregateId);
            }
            return new Filter(String.join(" AND ", conditions), args);
        }

        boolean keepsAll() {
            return args.isEmpty();
        }

        String contentColumns() {
            return keepsAll() ? "metaData, payload" : "CASE WHEN " + condition + " THEN metaData END AS metaData, "
                    + "CASE WHEN " + condition + " THEN payload END AS payload";
        }

        List<Object> contentArgs() {
            List<Object> twice = new ArrayList<>(args);
            twice.addAll(args);
            return twice;
        }
    }

    /** The rows of one statement, with the database's time when it ran. */
    record Window(Instant readAt, List<Scanned> rows) {
    }

    private final JdbcTemplate jdbc;
    private final EventTypes types;
    private final ObjectMapper json;
    private final EventUpcaster upcasters;
    private final Serializer eventSerializer;
    private final Duration gapWait;

    @Autowired
    public EventFeed(JdbcTemplate jdbc, EventTypes types, ObjectMapper json, Configuration axon,
                     @Value("${case-audit.feed.gap-wait}") Duration gapWait,
                     @Value("${case-audit.events.append-timeout}") Duration appendTimeout) {
        this(jdbc, types, json, axon.upcasterChain(), axon.eventSerializer(), checked(gapWait, appendTimeout));
    }

    /** The gap wait, if it is longer than twice the append time limit: otherwise a passed hole might still fill. */
    static Duration checked(Duration gapWait, Duration appendTimeout) {
        if (gapWait.compareTo(appendTimeout.multipliedBy(2)) <= 0) {
            throw new IllegalStateException("case-audit.feed.gap-wait (" + gapWait + ") must be longer than twice "
                    + "case-audit.events.append-timeout (" + appendTimeout + "), or the feed may pass a hole that "
                    + "still fills");
        }
        return gapWait;
    }

    EventFeed(JdbcTemplate jdbc, EventTypes types, ObjectMapper json, EventUpcaster upcasters,
              Serializer eventSerializer, Duration gapWait) {
        this.jdbc = jdbc;
        this.types = types;
        this.json = json;
        this.upcasters = upcasters;
        this.eventSerializer = eventSerializer;
        this.gapWait = gapWait;
    }

    /**
     * Up to {@code limit} events after position {@code after}, oldest first.
     *
     * @param payloadTypes the stored payload types to keep (Java class names); empty for all
     * @param aggregateId  the aggregate to keep; null for all
     */
    public Page read(long after, int limit, List<String> payloadTypes, String aggregateId) {
        Filter filter = Filter.of(payloadTypes, aggregateId);
        List<Object> args = new ArrayList<>(filter.contentArgs());
        args.add(after);
        args.add(filter.keepsAll() ? limit : Math.max(limit, FILTERED_WINDOW));
        Window window = jdbc.query("SELECT " + COLUMNS + ", " + filter.contentColumns() + " FROM DomainEventEntry"
                + " WHERE globalIndex > ? ORDER BY globalIndex LIMIT ?", this::window, args.toArray());

        long safeEnd = safeEnd(after, window, gapWait);
        List<Scanned> keptRows = window.rows().stream()
                .filter(row -> row.position() <= safeEnd && row.kept().isPresent())
                .limit(limit)
                .toList();
        long next = keptRows.size() == limit ? keptRows.get(limit - 1).position() : safeEnd;
        List<CloudEvent> events = keptRows.stream()
                .flatMap(row -> upcast(row.position(), row.kept().orElseThrow()).stream())
                .toList();
        // Read after the window, so the head is never below a position the page returns.
        Long max = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        return new Page(events, next, Math.max(next, max == null ? 0 : max));
    }

    /**
     * The last position of the window a page may reach: up to the first hole that may still fill. A hole may still
     * fill unless an event above it was appended at least {@code gapWait} before the window was read.
     */
    static long safeEnd(long after, Window window, Duration gapWait) {
        if (window.rows().isEmpty()) {
            return after;
        }
        Instant settledBy = window.readAt().minus(gapWait);
        long highestSettled = Long.MIN_VALUE;
        for (Scanned row : window.rows()) {
            if (!row.appendedAt().isAfter(settledBy)) {
                highestSettled = row.position();
            }
        }
        long end = after;
        for (Scanned row : window.rows()) {
            boolean holeBefore = row.position() > end + 1;
            if (holeBefore && highestSettled < row.position()) {
                break;
            }
            end = row.position();
        }
        return end;
    }

    /** The JSON form (CloudEvents JSON event format) of one event, as a tree. */
    public JsonNode toJson(CloudEvent event) {
        try {
            return json.readTree(FORMAT.serialize(event));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static long position(CloudEvent event) {
        return ((Number) event.getExtension("position")).longValue();
    }

    private Window window(ResultSet rows) throws SQLException {
        Instant readAt = null;
        List<Scanned> scanned = new ArrayList<>();
        while (rows.next()) {
            readAt = rows.getObject("readAt", OffsetDateTime.class).toInstant();
            byte[] payload = rows.getBytes("payload");
            Optional<DomainEventData<byte[]>> kept = Optional.empty();
            if (payload != null) {
                byte[] metaData = rows.getBytes("metaData");
                kept = Optional.of(new GenericDomainEventEntry<>(rows.getString("type"),
                        rows.getString("aggregateIdentifier"), rows.getLong("sequenceNumber"),
                        rows.getString("eventIdentifier"), rows.getString("timeStamp"), rows.getString("payloadType"),
                        rows.getString("payloadRevision"), payload, metaData == null ? NO_META_DATA : metaData));
            }
            scanned.add(new Scanned(rows.getLong("globalIndex"),
                    rows.getObject("appendedAt", OffsetDateTime.class).toInstant(), kept));
        }
        return new Window(readAt, scanned);
    }

    /** What the upcasters make of one stored event: one event, or none if they drop it. */
    private Optional<CloudEvent> upcast(long position, DomainEventData<byte[]> stored) {
        List<IntermediateEventRepresentation> upcast =
                upcasters.upcast(Stream.of(new InitialEventRepresentation(stored, eventSerializer))).toList();
        if (upcast.size() > 1) {
            throw new IllegalStateException("Event at position " + position + " upcasts to " + upcast.size()
                    + " events; the feed serves one event per position");
        }
        return upcast.stream().findFirst().map(event -> toCloudEvent(position, event));
    }

    private CloudEvent toCloudEvent(long position, IntermediateEventRepresentation upcast) {
        SerializedType payloadType = upcast.getType();
        EventTypes.EventType type = types.ofPayloadType(payloadType.getName()).orElseThrow(() ->
                new IllegalStateException("Event at position " + position + " has a payload type with no published "
                        + "name: " + payloadType.getName()));
        String revision = payloadType.getRevision();
        CloudEventBuilder event = CloudEventBuilder.v1()
                .withId(upcast.getMessageIdentifier())
                .withSource(SOURCE)
                .withType(type.name())
                .withTime(upcast.getTimestamp().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(JsonCloudEventData.wrap(upcast.getData(JsonNode.class).getData()))
                .withExtension("position", position)
                .withExtension("schemaversion", revision == null ? 1 : Integer.parseInt(revision));
        upcast.getAggregateIdentifier().ifPresent(event::withSubject);
        upcast.getSequenceNumber().ifPresent(sequence -> event.withExtension("sequence", sequence));
        upcast.getAggregateType().ifPresent(aggregateType -> event.withExtension("aggregatetype", aggregateType));
        MetaData metaData = upcast.getMetaData().getObject();
        text(metaData, Actor.USER_KEY).ifPresent(user -> event.withExtension("actoruser", user));
        text(metaData, Actor.ROLE_KEY).ifPresent(role -> event.withExtension("actorrole", role));
        return event.build();
    }

    private static Optional<String> text(MetaData metaData, String key) {
        return Optional.ofNullable(metaData.get(key)).map(Object::toString);
    }
}
