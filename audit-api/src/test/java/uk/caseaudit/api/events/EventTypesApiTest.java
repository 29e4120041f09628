package uk.caseaudit.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.caseaudit.api.events.EventTypes.EventType;
import uk.caseaudit.support.IntegrationTest;

/** The event catalogue: every published type, its versions and their generated JSON Schemas. */
class EventTypesApiTest extends IntegrationTest {

    private static final String TYPES = "/api/event-types";

    @Test
    void every_type_is_listed_with_its_versions_and_the_newest_schema_is_of_its_record_components() {
        ResponseEntity<JsonNode> answer = as("integrator").getForEntity(TYPES, JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode listed = answer.getBody().get("types");
        List<EventType> expected = new EventTypes().all();
        assertThat(listed).hasSize(15).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            EventType type = expected.get(i);
            JsonNode entry = listed.get(i);
            assertThat(entry.get("name").asText()).isEqualTo(type.name());
            assertThat(entry.get("aggregate").asText()).isEqualTo(type.aggregate());
            JsonNode versions = entry.get("versions");
            assertThat(versions.findValues("version").stream().map(JsonNode::asInt).toList())
                    .as(type.name() + "'s versions").isEqualTo(type.versions());
            for (JsonNode version : versions) {
                JsonNode schema = version.get("schema");
                assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
                assertThat(schema.get("type").asText()).isEqualTo("object");
            }
            JsonNode schema = versions.get(versions.size() - 1).get("schema");
            List<String> properties = new ArrayList<>();
            schema.get("properties").fieldNames().forEachRemaining(properties::add);
            assertThat(properties).as(type.name() + "'s schema properties").containsExactlyInAnyOrderElementsOf(
                    Arrays.stream(type.payloadClass().getRecordComponents()).map(RecordComponent::getName).toList());
        }
    }

    @Test
    void the_audit_scheduled_schema_describes_the_json_written_for_it() {
        JsonNode schema = as("integrator").getForEntity(TYPES, JsonNode.class).getBody().get("types")
                .findParents("name").stream()
                .filter(type -> type.get("name").asText().equals("uk.caseaudit.AuditScheduled")).findFirst()
                .orElseThrow().get("versions").get(0).get("schema");

        JsonNode properties = schema.get("properties");
        assertThat(types(properties.get("auditMonth"))).containsExactlyInAnyOrder("string", "null");
        assertThat(properties.get("auditMonth").get("pattern").asText()).isEqualTo("^\\d{4}-\\d{2}$");
        assertThat(properties.get("auditType").findValue("enum").toString())
                .isEqualTo("[\"CASE_FILE\",\"FOSTER_CARER\",\"DIP_SAMPLE\"]");
        JsonNode dueDate = resolve(schema, properties.get("dueDate"));
        assertThat(types(dueDate)).contains("string");
        assertThat(dueDate.get("format").asText()).isEqualTo("date");
    }

    @Test
    void audit_action_agreed_lists_version_1_as_published_and_version_2_which_requires_the_cohort() {
        JsonNode agreed = as("integrator").getForEntity(TYPES, JsonNode.class).getBody().get("types")
                .findParents("name").stream()
                .filter(type -> type.get("name").asText().equals("uk.caseaudit.AuditActionAgreed")).findFirst()
                .orElseThrow();

        JsonNode versions = agreed.get("versions");
        assertThat(versions.findValues("version").stream().map(JsonNode::asInt).toList()).containsExactly(1, 2);
        JsonNode first = versions.get(0).get("schema");
        JsonNode second = versions.get(1).get("schema");
        assertThat(first.has("required")).as("version 1 did not promise the cohort").isFalse();
        assertThat(second.get("required").toString()).isEqualTo("[\"auditMonth\"]");
        assertThat(second.get("properties").get("auditMonth").get("pattern").asText())
                .isEqualTo("^\\d{4}-\\d{2}$");
        assertThat(schema("uk.caseaudit.AuditActionAgreed", 1).getBody()).isEqualTo(first);
        assertThat(schema("uk.caseaudit.AuditActionAgreed", 2).getBody()).isEqualTo(second);
        assertThat(schema("uk.caseaudit.AuditActionAgreed", 3).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(schema("uk.caseaudit.AuditActionAgreed", 0).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void a_map_keyed_by_an_enum_allows_the_enums_names_as_property_names() {
        JsonNode grades = schema("uk.caseaudit.JudgementsSubmitted", 1).getBody().get("properties").get("grades");

        assertThat(types(grades)).contains("object");
        assertThat(grades.get("propertyNames").get("enum").toString()).contains("\"OVERALL\"", "\"SAFETY\"");
        assertThat(grades.get("additionalProperties").get("enum").toString()).contains("\"GOOD\"", "\"INADEQUATE\"");
    }

    @Test
    void one_versions_schema_is_served_on_its_own_and_an_unknown_one_is_404() {
        ResponseEntity<JsonNode> schema = schema("uk.caseaudit.AuditScheduled", 1);
        assertThat(schema.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(schema.getHeaders().getContentType().toString())
                .isIn("application/schema+json", "application/json");
        assertThat(schema.getBody().get("properties").has("auditMonth")).isTrue();

        for (String path : List.of(TYPES + "/uk.caseaudit.AuditScheduled/2", TYPES + "/uk.caseaudit.NoSuchThing/1")) {
            ResponseEntity<JsonNode> unknown = as("integrator").getForEntity(path, JsonNode.class);
            assertThat(unknown.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(unknown.getBody().get("status").asInt()).isEqualTo(404);
        }
    }

    @Test
    void the_catalogue_is_for_integrators_and_the_qa_lead_only() {
        assertThat(as("integrator").getForEntity(TYPES, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("qa-lead").getForEntity(TYPES, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("auditor").getForEntity(TYPES, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity(TYPES, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("auditor").getForEntity(TYPES + "/uk.caseaudit.AuditScheduled/1", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity(TYPES + "/uk.caseaudit.AuditScheduled/1", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<JsonNode> schema(String name, int version) {
        return as("integrator").getForEntity(TYPES + "/" + name + "/" + version, JsonNode.class);
    }

    /** A schema itself, or the one in $defs it refers to. */
    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        if (!schema.has("$ref")) {
            return schema;
        }
        String ref = schema.get("$ref").asText();
        assertThat(ref).startsWith("#/$defs/");
        return root.get("$defs").get(ref.substring("#/$defs/".length()));
    }

    /** A schema's "type": one name, or several (e.g. ["string", "null"] for a fact that may be absent). */
    private static java.util.List<String> types(com.fasterxml.jackson.databind.JsonNode schema) {
        com.fasterxml.jackson.databind.JsonNode type = schema.get("type");
        java.util.List<String> names = new java.util.ArrayList<>();
        if (type == null) {
            return names;
        }
        if (type.isArray()) {
            type.forEach(name -> names.add(name.asText()));
        } else {
            names.add(type.asText());
        }
        return names;
    }
}
