package uk.caseaudit.api.openapi;

import io.swagger.v3.oas.models.media.Schema;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Builds the example of an answer from its schema: the example a record or field carries ({@code @Schema} on the
 * records), else the first value of an enumeration, a date, or the examples of the fields of a nested record.
 */
final class Examples {

    private final Map<String, Schema> components;

    Examples(Map<String, Schema> components) {
        this.components = components == null ? Map.of() : components;
    }

    /** The example of a schema (a {@code $ref} is followed); null for none. */
    Object of(Schema<?> schema) {
        return build(schema, new HashSet<>());
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
    private Object ownExample(Schema<?> schema) {
        Schema<?> resolved = resolve(schema);
        if (resolved == null || resolved.getExample() != null) {
            return resolved == null ? null : resolved.getExample();
        }
        return resolved.getExamples() == null || resolved.getExamples().isEmpty() ? null : resolved.getExamples().get(0);
    }

    static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** The schema's type: 3.0's {@code type}, or the first of 3.1's {@code types} that is not "null". */
    static String typeOf(Schema<?> schema) {
        if (schema.getType() != null || schema.getTypes() == null) {
            return schema.getType();
        }
        return schema.getTypes().stream().filter(type -> !"null".equals(type)).findFirst().orElse(null);
    }

    private Object build(Schema<?> schema, Set<String> seen) {
        if (schema == null) {
            return null;
        }
        if (schema.get$ref() != null) {
            String ref = refName(schema.get$ref());
            if (!seen.add(ref)) {
                return null; // a recursive schema: one level is example enough
            }
            Object example = build(components.get(ref), seen);
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
        String type = typeOf(schema);
        if (schema.getProperties() != null || "object".equals(type)) {
            Map<String, Object> example = new LinkedHashMap<>();
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((name, property) -> example.put(name, build(property, seen)));
            }
            return example;
        }
        if ("array".equals(type) || schema.getItems() != null) {
            return Collections.singletonList(build(schema.getItems(), seen));
        }
        if (type == null) {
            return Map.of(); // any JSON (e.g. an event's recorded facts): an empty object stands for it
        }
        return switch (type) {
            case "string" -> "date".equals(schema.getFormat()) ? "2018-05-31"
                    : "date-time".equals(schema.getFormat()) ? "2018-06-15T09:00:00Z" : null;
            case "integer" -> 1L;
            case "number" -> 1.0;
            case "boolean" -> false;
            default -> null;
        };
    }
}
