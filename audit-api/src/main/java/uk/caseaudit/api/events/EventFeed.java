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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the event store in global order for integrators, each event as a CloudEvent (JSON format).
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
            + "metaData, payload, payloadType, timeStamp";

    /** One page: the events as CloudEvents, the position to ask from next, and the store's head. */
    public record Page(List<CloudEvent> events, long next, long head) {
    }

    private final JdbcTemplate jdbc;
    private final EventTypes types;
    private final ObjectMapper json;
    private final Duration gapWait;
    private final Clock clock;

    @Autowired
    public EventFeed(JdbcTemplate jdbc, EventTypes types, ObjectMapper json,
                     @Value("${case-audit.feed.gap-wait:10s}") Duration gapWait) {
        this(jdbc, types, json, gapWait, Clock.systemUTC());
    }

    EventFeed(JdbcTemplate jdbc, EventTypes types, ObjectMapper json, Duration gapWait, Clock clock) {
        this.jdbc = jdbc;
        this.types = types;
        this.json = json;
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
        List<CloudEvent> events = jdbc.query(sql.toString(), (row, n) -> toCloudEvent(row), args.toArray());

        long next = events.size() == limit ? position(events.get(events.size() - 1)) : safeEnd;
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

    private CloudEvent toCloudEvent(ResultSet row) throws SQLException {
        long position = row.getLong("globalIndex");
        String payloadType = row.getString("payloadType");
        EventTypes.EventType type = types.ofPayloadType(payloadType).orElseThrow(() -> new IllegalStateException(
                "Event at position " + position + " has a payload type with no published name: " + payloadType));
        JsonNode payload = readJson(row.getBytes("payload"), position);
        byte[] metaDataBytes = row.getBytes("metaData");
        JsonNode metaData = metaDataBytes == null ? null : readJson(metaDataBytes, position);
        CloudEventBuilder event = CloudEventBuilder.v1()
                .withId(row.getString("eventIdentifier"))
                .withSource(SOURCE)
                .withType(type.name())
                .withTime(Instant.parse(row.getString("timeStamp")).atOffset(ZoneOffset.UTC))
                .withSubject(row.getString("aggregateIdentifier"))
                .withDataContentType("application/json")
                .withData(JsonCloudEventData.wrap(payload))
                .withExtension("position", position)
                .withExtension("schemaversion", type.version())
                .withExtension("sequence", row.getLong("sequenceNumber"));
        String aggregateType = row.getString("type");
        if (aggregateType != null) {
            event.withExtension("aggregatetype", aggregateType);
        }
        if (metaData != null) {
            text(metaData, "actorUser").ifPresent(user -> event.withExtension("actoruser", user));
            text(metaData, "actorRole").ifPresent(role -> event.withExtension("actorrole", role));
        }
        return event.build();
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private JsonNode readJson(byte[] bytes, long position) {
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalStateException("Event at position " + position + " is not valid JSON", e);
        }
    }
}
