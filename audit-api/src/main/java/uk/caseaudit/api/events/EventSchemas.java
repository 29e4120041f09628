package uk.caseaudit.api.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import uk.caseaudit.api.events.EventTypes.EventType;

/**
 * The JSON Schema (draft 2020-12) of each published event type, generated from its payload class (never written by
 * hand) and describing the JSON the service writes for it: {@code LocalDate} as a {@code yyyy-MM-dd} string,
 * {@code YearMonth} as a {@code yyyy-MM} string, enums as their names, a map keyed by an enum as an object whose
 * property names are those names; every component may be null, and a component marked
 * {@code @JsonProperty(required = true)} is always present. Generated once per type and cached.
 *
 * <p>An older version's schema is the one generated while it was current, kept as it was published in
 * {@value #PUBLISHED}{@code <name>.v<version>.json}: before bumping a type's {@code @Revision}, save its current
 * schema there ({@code EventSchemaVersionTest}'s {@code main} prints it).
 */
@Component
public class EventSchemas {

    /** The pattern of a {@code YearMonth} as Jackson writes it. */
    public static final String YEAR_MONTH_PATTERN = "^\\d{4}-\\d{2}$";

    /** The class-path folder of the schemas of older versions, as they were published. */
    public static final String PUBLISHED = "/event-schemas/";

    private static final ObjectMapper CANONICAL = new ObjectMapper();

    private final EventTypes types;
    private final SchemaGenerator generator = generator();
    private final Map<String, ObjectNode> cache = new ConcurrentHashMap<>();

    public EventSchemas(EventTypes types) {
        this.types = types;
    }

    /** The schema of a published type and version, if there is one. */
    public Optional<ObjectNode> of(String name, int version) {
        return types.named(name).filter(type -> type.versions().contains(version)).map(type -> of(type, version));
    }

    /** The schema of a published type's current version (a copy: callers cannot change the cached one). */
    public ObjectNode of(EventType type) {
        return of(type, type.version());
    }

    /**
     * The schema of one version of a type (a copy): the current one generated from the class, an older one as it was
     * published.
     */
    public ObjectNode of(EventType type, int version) {
        if (!type.versions().contains(version)) {
            throw new IllegalArgumentException(type.name() + " has no version " + version);
        }
        return cache.computeIfAbsent(type.name() + ".v" + version,
                key -> version == type.version() ? generate(type.payloadClass()) : published(key)).deepCopy();
    }

    /** The schema generated for any payload class, uncached. */
    public ObjectNode generate(Class<?> payloadClass) {
        return generator.generateSchema(payloadClass);
    }

    private static ObjectNode published(String key) {
        String resource = PUBLISHED + key + ".json";
        try (InputStream in = EventSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The schema of " + key + " as it was published is missing: "
                        + resource + " (save a type's schema there before bumping its @Revision)");
            }
            return (ObjectNode) CANONICAL.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The SHA-256 (hex) of a schema in canonical form: object keys sorted, no white space. */
    public static String fingerprint(JsonNode schema) {
        try {
            byte[] canonical = CANONICAL.writeValueAsString(canonical(schema)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> sorted = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                sorted.put(field.getKey(), canonical(field.getValue()));
            }
            ObjectNode result = CANONICAL.createObjectNode();
            sorted.forEach(result::set);
            return result;
        }
        if (node.isArray()) {
            ArrayNode result = CANONICAL.createArrayNode();
            node.forEach(element -> result.add(canonical(element)));
            return result;
        }
        return node;
    }

    private static SchemaGenerator generator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON).with(new JacksonModule())
                // Events carry null for facts not given (e.g. a case raised without a worker): allow it.
                .with(Option.NULLABLE_FIELDS_BY_DEFAULT);
        config.forTypesInGeneral().withCustomDefinitionProvider(EventSchemas::javaTime);
        config.forTypesInGeneral().withCustomDefinitionProvider(EventSchemas::enumKeyedMap);
        // A primitive is always written; other components may be null, so only primitives are required,
        // and the components an event's revision promises (@JsonProperty(required = true)).
        config.forFields().withRequiredCheck(field -> field.getType() != null
                && field.getType().getErasedType().isPrimitive());
        config.forFields().withRequiredCheck(field -> {
            JsonProperty property = field.getAnnotationConsideringFieldAndGetter(JsonProperty.class);
            return property != null && property.required();
        });
        return new SchemaGenerator(config.build());
    }

    private static CustomDefinition javaTime(ResolvedType type, SchemaGenerationContext context) {
        Class<?> erased = type.getErasedType();
        if (erased == LocalDate.class) {
            return new CustomDefinition(context.getGeneratorConfig().createObjectNode()
                    .put("type", "string").put("format", "date"));
        }
        if (erased == YearMonth.class) {
            return new CustomDefinition(context.getGeneratorConfig().createObjectNode()
                    .put("type", "string").put("pattern", YEAR_MONTH_PATTERN));
        }
        return null;
    }

    private static CustomDefinition enumKeyedMap(ResolvedType type, SchemaGenerationContext context) {
        if (!type.isInstanceOf(Map.class)) {
            return null;
        }
        List<ResolvedType> parameters = type.typeParametersFor(Map.class);
        if (parameters.size() != 2 || !parameters.get(0).isInstanceOf(Enum.class)) {
            return null;
        }
        ObjectNode schema = context.getGeneratorConfig().createObjectNode().put("type", "object");
        ArrayNode names = schema.putObject("propertyNames").putArray("enum");
        for (Object constant : parameters.get(0).getErasedType().getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
        }
        schema.set("additionalProperties", context.createDefinitionReference(parameters.get(1)));
        return new CustomDefinition(schema);
    }
}
