package uk.caseaudit.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/** An AuditActionAgreed stored at revision 1 is read as revision 2, which always carries the action's cohort. */
class AuditActionAgreedUpcasterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();
    private static final String TYPE = AuditActionAgreed.class.getName();

    /** Revision 1 as it may be stored: no auditMonth. */
    private static final String WITHOUT_COHORT = """
            {"actionId":"action-1","auditId":"audit-1","childReference":"5067991","team":"Gloucester Team 3",
             "serviceArea":"Safeguarding","owner":"Pat Team Manager","description":"Visit the child.",
             "dueDate":"2018-05-31","focus":"IMPACT","agreedOn":"2018-02-14"}""";

    private final AuditActionAgreedUpcaster upcaster = new AuditActionAgreedUpcaster();

    @Test
    void a_revision_1_event_without_its_cohort_gets_the_month_it_was_agreed_in_as_revision_2() throws Exception {
        IntermediateEventRepresentation upcast = upcastOne(stored(TYPE, null, WITHOUT_COHORT));

        assertThat(upcast.getType().getName()).isEqualTo(TYPE);
        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        JsonNode payload = payload(upcast);
        assertThat(payload.get("auditMonth").asText()).isEqualTo("2018-02");
        JsonNode expected = JSON.readTree(WITHOUT_COHORT);
        ((ObjectNode) expected).put("auditMonth", "2018-02");
        assertThat(payload).as("every other field as stored").isEqualTo(expected);
        AuditActionAgreed agreed = SERIALIZER.deserialize(upcast.getData());
        assertThat(agreed.auditMonth()).isEqualTo(YearMonth.of(2018, 2));
        assertThat(agreed.agreedOn()).isEqualTo(LocalDate.of(2018, 2, 14));
    }

    @Test
    void revision_2_promises_the_cohort_so_a_revision_1_payload_without_it_is_never_read_as_is() {
        IntermediateEventRepresentation notUpcast = stored(TYPE, null, WITHOUT_COHORT);

        assertThatThrownBy(() -> SERIALIZER.deserialize(notUpcast.getData()))
                .hasStackTraceContaining("Missing required creator property 'auditMonth'");
    }

    @Test
    void a_revision_1_event_stored_with_revision_1_or_a_null_cohort_is_upcast_the_same_way() {
        assertThat(payload(upcastOne(stored(TYPE, "1", WITHOUT_COHORT))).get("auditMonth").asText())
                .isEqualTo("2018-02");
        String nullCohort = WITHOUT_COHORT.replace("\"owner\"", "\"auditMonth\":null,\"owner\"");
        assertThat(payload(upcastOne(stored(TYPE, null, nullCohort))).get("auditMonth").asText())
                .isEqualTo("2018-02");
    }

    @Test
    void a_revision_1_event_that_carries_its_cohort_keeps_it() {
        String withCohort = WITHOUT_COHORT.replace("\"owner\"", "\"auditMonth\":\"2018-01\",\"owner\"");

        IntermediateEventRepresentation upcast = upcastOne(stored(TYPE, null, withCohort));

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        assertThat(payload(upcast).get("auditMonth").asText()).isEqualTo("2018-01");
    }

    @Test
    void revision_2_events_and_other_types_pass_untouched() {
        String revision2 = WITHOUT_COHORT.replace("\"owner\"", "\"auditMonth\":\"2018-01\",\"owner\"");
        IntermediateEventRepresentation current = stored(TYPE, "2", revision2);
        IntermediateEventRepresentation other = stored(AuditActionCompleted.class.getName(), null, WITHOUT_COHORT);

        assertThat(upcaster.upcast(Stream.of(current, other)).toList()).containsExactly(current, other);
    }

    @Test
    void a_revision_1_event_with_neither_cohort_nor_agreement_day_is_refused_loudly() {
        String neither = WITHOUT_COHORT.replace(",\"agreedOn\":\"2018-02-14\"", "");

        assertThatThrownBy(() -> payload(upcastOne(stored(TYPE, null, neither))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("action-1").hasMessageContaining("cannot be derived");
    }

    private IntermediateEventRepresentation upcastOne(IntermediateEventRepresentation stored) {
        List<IntermediateEventRepresentation> upcast = upcaster.upcast(Stream.of(stored)).toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }

    private static JsonNode payload(IntermediateEventRepresentation representation) {
        return representation.getData(JsonNode.class).getData();
    }

    /** An event row as the JDBC event store holds it: JSON bytes, the class name and the revision (maybe none). */
    private static IntermediateEventRepresentation stored(String payloadType, String revision, String payload) {
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("AuditAction", "action-1", 0,
                "event-1", "2018-02-14T10:00:00.000Z", payloadType, revision,
                payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8)),
                SERIALIZER);
    }
}
