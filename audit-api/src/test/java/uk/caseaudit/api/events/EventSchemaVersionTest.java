package uk.caseaudit.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import uk.caseaudit.api.events.EventTypes.EventType;
import uk.caseaudit.audit.AuditScheduled;
import uk.caseaudit.audit.AuditType;

/**
 * An event class must not change shape without its version changing: the fingerprint (SHA-256 of the canonical
 * generated JSON Schema) of every published type and version is recorded in
 * {@code event-schema-fingerprints.properties}. A changed schema under an unchanged version fails here; a new version
 * needs its fingerprint recorded (run {@link #main} to print the current ones), and the schema of every older version
 * must still be the one published, unchanged (kept under {@link EventSchemas#PUBLISHED}).
 *
 * <p>To bump a type's version: first save its current schema as
 * {@code audit-api/src/main/resources/event-schemas/<name>.v<version>.json} (run {@link #main} with the type's
 * published name as the argument, which prints it); then raise its {@code @Revision}, add an upcaster from the old
 * version, and add the line {@link #main} prints for the new version to the fingerprints.
 */
class EventSchemaVersionTest {

    private static final String FINGERPRINTS = "/event-schema-fingerprints.properties";

    private final EventTypes types = new EventTypes();
    private final EventSchemas schemas = new EventSchemas(types);

    @Test
    void every_event_types_schema_matches_the_fingerprint_recorded_for_its_version() throws IOException {
        Properties recorded = recorded();
        List<String> problems = new ArrayList<>();
        for (EventType type : types.all()) {
            String key = key(type);
            String actual = EventSchemas.fingerprint(schemas.of(type));
            String expected = recorded.getProperty(key);
            if (expected == null) {
                problems.add(type.name() + " version " + type.version() + " has no recorded schema fingerprint: add "
                        + key + "=" + actual + " to " + FINGERPRINTS);
            } else if (!expected.equals(actual)) {
                problems.add(type.name() + " changed its schema but not its version (" + type.version() + "): bump its "
                        + "@Revision and add an upcaster, then record " + key(type.name(), type.version() + 1)
                        + " in " + FINGERPRINTS + " (fingerprint now " + actual + ")");
            }
        }
        assertThat(problems).as("event schema versions").isEmpty();
    }

    @Test
    void every_older_version_is_served_with_the_schema_it_was_published_with() throws IOException {
        Properties recorded = recorded();
        List<String> problems = new ArrayList<>();
        for (EventType type : types.all()) {
            for (int version : type.versions().subList(0, type.version() - 1)) {
                String key = key(type.name(), version);
                String expected = recorded.getProperty(key);
                if (expected == null) {
                    problems.add(key + " has no recorded fingerprint in " + FINGERPRINTS);
                    continue;
                }
                try {
                    String served = EventSchemas.fingerprint(schemas.of(type, version));
                    if (!expected.equals(served)) {
                        problems.add(key + "'s published schema changed (fingerprint " + served + ", recorded "
                                + expected + "): a published version never changes");
                    }
                } catch (IllegalStateException missing) {
                    problems.add(missing.getMessage());
                }
            }
        }
        assertThat(problems).as("older event schema versions").isEmpty();
    }

    @Test
    void version_2_of_audit_action_agreed_promises_the_cohort_that_version_1_did_not() {
        EventType agreed = types.named("uk.caseaudit.AuditActionAgreed").orElseThrow();

        assertThat(agreed.versions()).containsExactly(1, 2);
        assertThat(schemas.of(agreed, 1).has("required")).isFalse();
        assertThat(schemas.of(agreed, 2).get("required").toString()).isEqualTo("[\"auditMonth\"]");
        assertThat(schemas.of(agreed, 1).get("properties")).isEqualTo(schemas.of(agreed, 2).get("properties"));
    }

    /** A copy of AuditScheduled, component for component. */
    record SameAsAuditScheduled(String auditId, YearMonth auditMonth, String childReference, String team,
            String serviceArea, AuditType auditType, String auditor, LocalDate dueDate, LocalDate scheduledOn) {
    }

    /** AuditScheduled with one more field. */
    record AuditScheduledWithOneMoreField(String auditId, YearMonth auditMonth, String childReference, String team,
            String serviceArea, AuditType auditType, String auditor, LocalDate dueDate, LocalDate scheduledOn,
            String note) {
    }

    @Test
    void the_fingerprint_changes_when_a_record_gains_a_field_and_only_then() {
        String original = EventSchemas.fingerprint(schemas.generate(AuditScheduled.class));

        assertThat(EventSchemas.fingerprint(schemas.generate(SameAsAuditScheduled.class)))
                .as("the same components give the same fingerprint").isEqualTo(original);
        assertThat(EventSchemas.fingerprint(schemas.generate(AuditScheduledWithOneMoreField.class)))
                .as("one more field gives another fingerprint").isNotEqualTo(original);
    }

    @Test
    void the_fingerprint_ignores_the_order_of_an_objects_keys() throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(EventSchemas.fingerprint(json.readTree("{\"a\":1,\"b\":{\"c\":[1,2],\"d\":\"x\"}}")))
                .isEqualTo(EventSchemas.fingerprint(json.readTree("{\"b\":{\"d\":\"x\",\"c\":[1,2]},\"a\":1}")))
                .isNotEqualTo(EventSchemas.fingerprint(json.readTree("{\"b\":{\"d\":\"x\",\"c\":[2,1]},\"a\":1}")));
    }

    private static Properties recorded() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EventSchemaVersionTest.class.getResourceAsStream(FINGERPRINTS)) {
            assertThat(in).as(FINGERPRINTS + " on the test class path").isNotNull();
            properties.load(in);
        }
        return properties;
    }

    private static String key(EventType type) {
        return key(type.name(), type.version());
    }

    private static String key(String name, int version) {
        return name + ".v" + version;
    }

    /**
     * Prints the fingerprints of every type's versions in the form of the properties file; with a type's published
     * name as the argument, its current schema instead (to save before bumping its version); with any other
     * argument, the fingerprints and then every current schema on the error stream.
     */
    public static void main(String[] args) {
        EventTypes types = new EventTypes();
        EventSchemas schemas = new EventSchemas(types);
        if (args.length > 0 && types.named(args[0]).isPresent()) {
            System.out.println(schemas.of(types.named(args[0]).get()).toPrettyString());
            return;
        }
        System.out.println("# SHA-256 of each event type version's canonical JSON Schema (see EventSchemaVersionTest).");
        System.out.println("# A changed schema needs a new @Revision (and an upcaster), then a new line here.");
        for (EventType type : types.all()) {
            for (int version : type.versions()) {
                System.out.println(key(type.name(), version) + "="
                        + EventSchemas.fingerprint(schemas.of(type, version)));
            }
        }
        if (args.length > 0) {
            for (EventType type : types.all()) {
                System.err.println(type.name() + " " + schemas.of(type).toPrettyString());
            }
        }
    }
}
