package uk.caseaudit.api.openapi;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.caseaudit.audit.EngagementLevel;
import uk.caseaudit.shared.PracticeArea;

/**
 * Builds a plausible example from a schema, for a response or request the code gave none: the schema's own
 * example where it has one, else its properties one by one, with values a front-end developer recognises
 * (chosen by the property's name: a team, a child's case number, a month of the programme...).
 */
final class SchemaExamples {

    static final String DATE = "2018-05-31";
    static final String DATE_TIME = "2018-06-15T09:00:00Z";
    static final String MONTH = "2018-05";

    /** Stable ids per kind of record, so one example's ids agree with another's. */
    private static final Map<String, String> IDS = Map.of(
            "auditId", "5b0f7c1e-8d7a-4c55-9a43-1f0e6f2a9c11",
            "caseOfConcernId", "9e2d7a41-6b3c-4f8e-8d15-3a7c0b2e4f60",
            "actionId", "c3a9f2d8-1e47-4b6a-9f02-7d5e8b1c4a93",
            "eventId", "0d4c2f7e-5a1b-4e3c-8f9d-6b2a1c0e7f54");
    private static final String ANY_ID = "6f1c2b1e-3f5a-4c1b-9a51-2f3c1d0e9b7a";

    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("childReference", "5067991"),
            Map.entry("team", "Chelt Assess"),
            Map.entry("serviceArea", "Safeguarding"),
            Map.entry("auditor", "J. Smith (Head of Service)"),
            Map.entry("owner", "Team Manager, Chelt Assess"),
            Map.entry("worker", "Agency SW (Gloucester Team 7)"),
            Map.entry("description", "Update the child's plan with the school's view"),
            Map.entry("summary", "Plan is current; the child's voice is not recorded."),
            Map.entry("concerns", "No risk assessment after the second referral."),
            Map.entry("assurance", "Strategy meeting held; child seen; plan updated."),
            Map.entry("rationale", "Assurance received; actions complete; risk now managed."),
            Map.entry("signOffRationale", "Assurance received; actions complete; risk now managed."),
            Map.entry("signOffBy", "improvement-director"),
            Map.entry("reason", "Waiting for the paediatric assessment."),
            Map.entry("inadmissibilityReason", "The file was closed before the audit could be done."),
            Map.entry("why", "No risk assessment after the second referral."),
            Map.entry("note", "Plan updated with the school's view."),
            Map.entry("actorUser", "head-of-service"),
            Map.entry("actorRole", "HEAD_OF_SERVICE"),
            Map.entry("type", "CaseOfConcernRaised"),
            Map.entry("name", "register"),
            Map.entry("RecurrenceCount.name", "Chelt Assess"),
            Map.entry("raisedBy", "head-of-service"),
            Map.entry("lastReviewedBy", "head-of-service"),
            Map.entry("lastAssurance", "Strategy meeting held; child seen; plan updated."),
            Map.entry("lastRefusalReason", "Assurance does not show the child has been seen."),
            Map.entry("reopenReason", "A new referral with the same concerns."));

    /** Text fields that hold a month (yyyy-MM) though their schema only says "string". */
    private static final Set<String> MONTHS = Set.of("month", "auditMonth", "cohort", "from", "to", "period", "group");

    /** Whole numbers by property name, or by schema and property name where the name alone is ambiguous. */
    private static final Map<String, Long> INTEGERS = Map.ofEntries(
            Map.entry("version", 1L), Map.entry("position", 42L), Map.entry("head", 42L), Map.entry("lag", 0L),
            Map.entry("page", 0L), Map.entry("size", 50L), Map.entry("segments", 2L),
            Map.entry("daysOnRegister", 12L), Map.entry("sequence", 1L), Map.entry("count", 3L),
            Map.entry("RegisterSize.size", 7L),
            // One cohort whose figures add up: 7 completed + 2 outstanding + 2 not yet due + 1 cancelled.
            Map.entry("CohortRow.total", 12L), Map.entry("CohortRow.completed", 7L),
            Map.entry("CohortRow.completedLate", 2L), Map.entry("CohortRow.outstanding", 2L),
            Map.entry("CohortRow.notYetDue", 2L), Map.entry("CohortRow.escalated", 1L),
            Map.entry("CohortRow.cancelled", 1L), Map.entry("CohortRow.casesWithOutstanding", 2L));

    /** The key of the one entry of a map, by the map's name; the maps of the API are keyed by an enumeration. */
    private static final Map<String, String> MAP_KEYS = Map.of(
            "grades", PracticeArea.OVERALL.name(),
            "socialWorker", EngagementLevel.ENGAGED.name(),
            "teamManager", EngagementLevel.ENGAGED.name(),
            "child", EngagementLevel.ENGAGED.name(),
            "parent", EngagementLevel.ENGAGED.name());

    private final Map<String, Schema> components;

    SchemaExamples(Map<String, Schema> components) {
        this.components = components == null ? Map.of() : components;
    }

    /** The example of a schema (a {@code $ref} is followed); null for none. */
    Object of(Schema<?> schema) {
        return build(schema, null, null, new HashSet<>());
    }

    /** The schema a {@code $ref} names in the components, or the schema itself. */
    Schema<?> resolve(Schema<?> schema) {
        Set<String> seen = new HashSet<>();
        while (schema != null && schema.get$ref() != null && seen.add(schema.get$ref())) {
            schema = components.get(refName(schema.get$ref()));
        }
        return schema;
    }

    /** The example the schema itself carries (after following {@code $ref}), if any. */
    Object ownExample(Schema<?> schema) {
        Schema<?> resolved = resolve(schema);
        if (resolved == null) {
            return null;
        }
        if (resolved.getExample() != null) {
            return resolved.getExample();
        }
        return resolved.getExamples() == null || resolved.getExamples().isEmpty() ? null : resolved.getExamples().get(0);
    }

    static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** The schema's type: 3.0's {@code type}, or the first of 3.1's {@code types} that is not "null". */
    static String typeOf(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null) {
            return schema.getTypes().stream().filter(type -> !"null".equals(type)).findFirst().orElse(null);
        }
        return null;
    }

    /** An id for a property or path variable name: the same one for the same kind of record everywhere. */
    static String idFor(String name) {
        return IDS.getOrDefault(name, ANY_ID);
    }

    /** A plausible value for a path variable or text field of this name. */
    static String valueFor(String name) {
        return text(name, null);
    }

    /**
     * {@code owner} is the component the property belongs to, for names that need it (a recurrence count's
     * name is a team; a read model's name is not).
     */
    private Object build(Schema<?> schema, String owner, String name, Set<String> seen) {
        if (schema == null) {
            return null;
        }
        if (schema.get$ref() != null) {
            String ref = refName(schema.get$ref());
            if (!seen.add(ref)) {
                return null; // a recursive schema: one level is example enough
            }
            Object example = build(components.get(ref), ref, name, seen);
            seen.remove(ref);
            return example;
        }
        Object own = ownExample(schema);
        if (own != null) {
            return own;
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return allOf(schema.getAllOf(), owner, name, seen);
        }
        List<Schema> alternatives = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
        if (alternatives != null && !alternatives.isEmpty()) {
            return build(alternatives.get(0), owner, name, seen);
        }
        String type = typeOf(schema);
        if (schema.getProperties() != null || "object".equals(type)) {
            return object(schema, owner, name, seen);
        }
        if ("array".equals(type) || schema.getItems() != null) {
            List<Object> one = new ArrayList<>();
            one.add(build(schema.getItems(), owner, null, seen));
            return one;
        }
        if (type == null) {
            return Map.of(); // any JSON (e.g. an event's recorded facts): an empty object stands for it
        }
        switch (type) {
            case "string":
                return text(qualified(owner, name, TEXTS), schema.getFormat());
            case "integer":
                return name == null ? 1L : INTEGERS.getOrDefault(qualified(owner, name, INTEGERS), 1L);
            case "number":
                return name != null && name.toLowerCase().contains("percent") ? 56.0 : 1.0;
            case "boolean":
                return false;
            default:
                return null;
        }
    }

    private Object object(Schema<?> schema, String owner, String name, Set<String> seen) {
        Map<String, Object> example = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((property, propertySchema) ->
                    example.put(property, build(propertySchema, owner, property, seen)));
        } else if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            example.put(MAP_KEYS.getOrDefault(name, "key"), build(values, owner, null, seen));
        }
        return example;
    }

    private static String qualified(String owner, String name, Map<String, ?> values) {
        return owner != null && name != null && values.containsKey(owner + "." + name) ? owner + "." + name : name;
    }

    private Object allOf(List<Schema> parts, String owner, String name, Set<String> seen) {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Schema<?> part : parts) {
            if (build(part, owner, name, seen) instanceof Map<?, ?> map) {
                map.forEach((key, value) -> merged.put(String.valueOf(key), value));
            }
        }
        return merged;
    }

    private static String text(String name, String format) {
        if ("date".equals(format)) {
            return DATE;
        }
        if ("date-time".equals(format)) {
            return DATE_TIME;
        }
        if ("uuid".equals(format)) {
            return idFor(name);
        }
        if (name == null) {
            return "text";
        }
        if (TEXTS.containsKey(name)) {
            return TEXTS.get(name);
        }
        String bare = name.substring(name.lastIndexOf('.') + 1);
        if (bare.equals("id") || bare.endsWith("Id")) {
            return idFor(bare);
        }
        return MONTHS.contains(bare) ? MONTH : bare;
    }
}
