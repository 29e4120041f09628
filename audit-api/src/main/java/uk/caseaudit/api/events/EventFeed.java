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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
 * <p>Gap safety: positions come from an identity, so a transaction that commits later than a newer
 * one leaves a temporary hole. A page never goes beyond the first hole above {@code after} that may
 * still fill, i.e. whose following event was stored less than {@code case-audit.feed.gap-wait} ago;
 * older holes are rolled-back transactions and are passed. Holes are judged on the unfiltered
 * sequence, so filters never make a reader skip an event.
 */
@Component
public class EventFeed {

    /** The CloudEvents {@code source} of every event. */
    public static final URI SOURCE = URI.create("/case-audit");
    public static final int MAX_LIMIT = 1000;

    /** Axon's JDBC timestamp form (fixed millisecond precision, UTC): sorts as text. */
    private static final DateTimeFormatter AXON_INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final JsonFormat FORMAT = new JsonFormat();

    private static final String COLUMNS = "globalIndex, aggregateIdentifier, sequenceNumber, type, eventIdentifier, "
            + "metaData, payload, payloadType, payloadRevision, timeStamp";

    private static final byte[] NO_META_DATA = "{}".getBytes(StandardCharsets.UTF_8);

    /** One page: the events as CloudEvents, the position to ask from next, and the store's head. */
    public record Page(List<CloudEvent> events, long next, long head) {
    }

    /** One stored row read: its position and what the upcasters made of it (one event, or none if dropped). */
    private record Row(long position, Optional<CloudEvent> event) {
    }

    private final JdbcTemplate jdbc;
    private final EventTypes types;
    private final ObjectMapper json;
    private final EventUpcaster upcasters;
    private final Serializer eventSerializer;
    private final Duration gapWait;
    private final Clock clock;

    @Autowired
    public EventFeed(JdbcTemplate jdbc, EventTypes types, ObjectMapper json, Configuration axon,
                     @Value("${case-audit.feed.gap-wait:10s}") Duration gapWait) {
        this(jdbc, types, json, axon.upcasterChain(), axon.eventSerializer(), gapWait, Clock.systemUTC());
    }

    EventFeed(JdbcTemplate jdbc, EventTypes types, ObjectMapper json, EventUpcaster upcasters,
              Serializer eventSerializer, Duration gapWait, Clock clock) {
        this.jdbc = jdbc;
        this.types = types;
        this.json = json;
        this.upcasters = upcasters;
        this.eventSerializer = eventSerializer;
        this.gapWait = gapWait;
        this.clock = clock;
    }

    /**
     * Up to {@code limit} events after position {@code after}, oldest first.
     *
     * @param payloadTypes the stored payload types to keep (Java class names); empty for all
     * @param aggregateId  the aggregate to keep; null for all
     */
    public Page read(long after, int limit, List<String> payloadTypes, String aggregateId) {
        // The head first: everything up to it is judged below; anything committed later waits for the next page.
        Long max = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        long head = max == null ? 0 : max;
        long safeEnd = safeEnd(after, head);
        if (safeEnd <= after) {
            return new Page(List.of(), after, head);
        }

        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS
                + " FROM DomainEventEntry WHERE globalIndex > ? AND globalIndex <= ?");
        List<Object> args = new ArrayList<>(List.of(after, safeEnd));
        if (!payloadTypes.isEmpty()) {
            sql.append(" AND payloadType IN (").append(String.join(", ", payloadTypes.stream().map(t -> "?").toList()))
                    .append(')');
            args.addAll(payloadTypes);
        }
        if (aggregateId != null) {
            sql.append(" AND aggregateIdentifier = ?");
            args.add(aggregateId);
        }
        sql.append(" ORDER BY globalIndex LIMIT ?");
        args.add(limit);
        List<Row> rows = jdbc.query(sql.toString(), (row, n) -> read(row), args.toArray());

        List<CloudEvent> events = rows.stream().flatMap(row -> row.event().stream()).toList();
        long next = rows.size() == limit ? rows.get(rows.size() - 1).position() : safeEnd;
        return new Page(events, next, head);
    }

    /**
     * The last position above {@code after} (and at most {@code head}) before the first hole that may
     * still fill; {@code after} itself when that hole comes first.
     */
    long safeEnd(long after, long head) {
        if (head <= after) {
            return after;
        }
        String cutoff = AXON_INSTANT.format(Instant.now(clock).minus(gapWait));
        List<Long> youngAfterHole = jdbc.queryForList("SELECT e.globalIndex FROM DomainEventEntry e"
                + " WHERE e.globalIndex > ? AND e.globalIndex <= ? AND e.timeStamp >= ?"
                + " AND NOT EXISTS (SELECT 1 FROM DomainEventEntry p WHERE p.globalIndex = e.globalIndex - 1)"
                + " ORDER BY e.globalIndex LIMIT 1", Long.class, after + 1, head, cutoff);
        if (youngAfterHole.isEmpty()) {
            return head;
        }
        Long beforeHole = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry"
                + " WHERE globalIndex > ? AND globalIndex < ?", Long.class, after, youngAfterHole.get(0));
        return beforeHole == null ? after : beforeHole;
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

    private Row read(ResultSet row) throws SQLException {
        long position = row.getLong("globalIndex");
        byte[] metaData = row.getBytes("metaData");
        DomainEventData<byte[]> stored = new GenericDomainEventEntry<>(row.getString("type"),
                row.getString("aggregateIdentifier"), row.getLong("sequenceNumber"), row.getString("eventIdentifier"),
                row.getString("timeStamp"), row.getString("payloadType"), row.getString("payloadRevision"),
                row.getBytes("payload"), metaData == null ? NO_META_DATA : metaData);
        List<IntermediateEventRepresentation> upcast =
                upcasters.upcast(Stream.of(new InitialEventRepresentation(stored, eventSerializer))).toList();
        if (upcast.size() > 1) {
            throw new IllegalStateException("Event at position " + position + " upcasts to " + upcast.size()
                    + " events; the feed serves one event per position");
        }
        return new Row(position, upcast.stream().findFirst().map(event -> toCloudEvent(position, event)));
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
