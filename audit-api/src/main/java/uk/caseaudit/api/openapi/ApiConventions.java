package uk.caseaudit.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import uk.caseaudit.api.command.CommandResult;

/**
 * Writes the API's conventions (README) into every operation under {@code /api}, so no controller has to repeat
 * them: the problem+json error answers each kind of operation ({@link CommandOperation}, {@link ReadOperation})
 * can give, an example for every answer built from the records' own ({@link Examples}; a request body's is its
 * record's), and the parameters and headers every read or command takes.
 * Whatever a controller declared itself is kept.
 */
class ApiConventions implements OpenApiCustomizer {

    private static final String CSV = "text/csv";

    /** Writes an answer as the CSV the API sends for {@code Accept: text/csv}. */
    private final java.util.function.Function<Object, String> csv;

    ApiConventions(java.util.function.Function<Object, String> csv) {
        this.csv = csv;
    }

    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

    private static final Map<String, String> READ_PARAMETERS = Map.of(
            "page", "The page to answer, from 0.",
            "size", "How many rows a page holds.");

    /** The extension {@link CommandOperation} and {@link ReadOperation} mark their kind with, taken out here. */
    static final String KIND = "operation-kind";

    static final String IF_MATCH = "If-Match";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final String IF_MATCH_DESCRIPTION = "Optimistic concurrency: the version of the record you last "
            + "read, quoted (\"<version>\", as in the ETag or the version a command answered). A stale version is "
            + "refused with 412 and nothing is stored. Left out, the command applies to the record as it is.";
    private static final String IDEMPOTENCY_KEY_DESCRIPTION = "A key of your choosing (1 to 100 letters, digits or "
            + ". _ : -, e.g. a UUID) that makes a retry safe: repeating the request with the same key returns the "
            + "first answer (with Idempotent-Replayed: true) and stores nothing new. The same key with another "
            + "request is refused with 422 (rule IDEMPOTENCY_KEY_REUSED); while the first is still being handled, "
            + "409.";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        ProblemResponses.schemas().forEach(components::addSchemas);
        Examples examples = new Examples(components.getSchemas());
        openApi.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.readOperationsMap().forEach((method, operation) ->
                        document(Endpoint.of(method, path, operation), examples));
            }
        });
    }

    private void document(Endpoint endpoint, Examples examples) {
        documentParameters(endpoint);
        ApiResponses responses = endpoint.operation().getResponses() == null ? new ApiResponses()
                : endpoint.operation().getResponses();
        endpoint.operation().setResponses(responses);
        documentSuccesses(endpoint, responses, examples);
        ProblemResponses.document(endpoint, responses, examples);
    }

    private void documentParameters(Endpoint endpoint) {
        if (endpoint.isRead()) {
            for (Parameter parameter : endpoint.parameters()) {
                String description = READ_PARAMETERS.get(parameter.getName());
                if ("query".equals(parameter.getIn()) && description != null && isBlank(parameter.getDescription())) {
                    parameter.setDescription(description);
                }
            }
        }
        if (!endpoint.isCommand()) {
            return;
        }
        Parameter ifMatch = endpoint.parameter("header", IF_MATCH);
        if (ifMatch != null && isBlank(ifMatch.getDescription())) {
            ifMatch.setDescription(IF_MATCH_DESCRIPTION);
        }
        Parameter idempotencyKey = endpoint.parameter("header", IDEMPOTENCY_KEY);
        if (idempotencyKey == null) {
            idempotencyKey = header(IDEMPOTENCY_KEY);
            idempotencyKey.getSchema().maxLength(100).pattern("^[A-Za-z0-9_.:-]{1,100}$");
            endpoint.operation().addParametersItem(idempotencyKey);
        }
        if (isBlank(idempotencyKey.getDescription())) {
            idempotencyKey.setDescription(IDEMPOTENCY_KEY_DESCRIPTION);
        }
    }

    private void documentSuccesses(Endpoint endpoint, ApiResponses responses, Examples examples) {
        responses.forEach((code, response) -> {
            if (!code.startsWith("2") || response.getContent() == null || response.getContent().isEmpty()) {
                return;
            }
            Content content = jsonForAnything(response.getContent());
            response.setContent(content);
            Schema<?> schema = content.values().iterator().next().getSchema();
            Object json = content.values().stream().filter(ApiConventions::hasExample).findFirst()
                    .map(ApiConventions::exampleOf)
                    .orElseGet(() -> isCommandResult(schema) ? commandResult(endpoint, code) : examples.of(schema));
            content.values().stream().filter(media -> !hasExample(media)).forEach(media -> media.setExample(json));
            if (endpoint.isRead() && "200".equals(code) && content.containsKey(JSON) && !content.containsKey(CSV)) {
                // Every table also answers text/csv (Accept: text/csv): the same rows, nested fields dotted.
                content.addMediaType(CSV, new MediaType().schema(new io.swagger.v3.oas.models.media.StringSchema()
                                .description("The table as CSV (RFC 4180): a header of the field names, nested ones "
                                        + "dotted (e.g. grades.GOOD.count), then a line per row."))
                        .example(csv.apply(json)));
            }
            documentSuccessHeaders(endpoint, code, response, examples.resolve(schema));
            if (endpoint.isCommand() && "200".equals(code) && "OK".equals(response.getDescription())) {
                response.setDescription("Done: the record's id, its new version and the event-stream position of "
                        + "the command's last event (send it as minPosition to read your write).");
            }
        });
    }

    /** springdoc says {@code *}/{@code *} when the code does not name the type; the API answers JSON. */
    private static Content jsonForAnything(Content content) {
        if (!content.containsKey("*/*") || content.containsKey(JSON)) {
            return content;
        }
        Content renamed = new Content();
        content.forEach((type, media) -> renamed.addMediaType("*/*".equals(type) ? JSON : type, media));
        return renamed;
    }

    private static boolean isCommandResult(Schema<?> schema) {
        return schema != null && schema.get$ref() != null
                && Examples.refName(schema.get$ref()).equals(CommandResult.class.getSimpleName());
    }

    /**
     * A command's answer names its id twice: as id, and under the record's own name (auditId...): the new
     * record's for a 201, else the record of the path.
     */
    private static Map<String, Object> commandResult(Endpoint endpoint, String code) {
        String idName;
        List<String> variables = endpoint.pathVariables();
        if ("201".equals(code) || variables.isEmpty()) {
            String collection = endpoint.path().substring(endpoint.path().lastIndexOf('/') + 1);
            idName = camel(collection.replaceFirst("^([a-z]+)s(?=-|$)", "$1")) + "Id";
        } else {
            idName = variables.get(variables.size() - 1);
        }
        String id = Endpoint.idFor(idName);
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("id", id);
        example.put(idName, id);
        example.put("version", "201".equals(code) ? 0 : 2);
        example.put("position", 42);
        return example;
    }

    private static String camel(String words) {
        StringBuilder camel = new StringBuilder();
        for (String word : words.split("-")) {
            camel.append(camel.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return camel.toString();
    }

    private void documentSuccessHeaders(Endpoint endpoint, String code, ApiResponse response, Schema<?> schema) {
        if ("201".equals(code)) {
            addHeaderIfMissing(response, "Location", "The address of the new record.");
        }
        if (schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version")) {
            addHeaderIfMissing(response, "ETag", "The record's version, quoted: send it back in If-Match.");
        }
        if (endpoint.isCommand()) {
            addHeaderIfMissing(response, "Idempotent-Replayed",
                    "true when this is the stored first answer to a repeated Idempotency-Key.");
        }
    }

    private static void addHeaderIfMissing(ApiResponse response, String name, String description) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeaderObject(name, new Header().description(description)
                    .schema(ProblemResponses.typed(new Schema<>(), "string")));
        }
    }

    private static Parameter header(String name) {
        return new Parameter().in("header").name(name).required(false)
                .schema(ProblemResponses.typed(new Schema<>(), "string"));
    }

    private static Object exampleOf(MediaType media) {
        return media.getExample() != null ? media.getExample()
                : media.getExamples().values().iterator().next().getValue();
    }

    static boolean hasExample(MediaType media) {
        return media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty());
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
