package uk.caseaudit.api.openapi;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import uk.caseaudit.shared.Rule;

/**
 * The error answers of the API as documented: {@code application/problem+json} (RFC 9457) in the shape
 * ProblemAdvice and the security layer write, with a concrete example per status.
 */
final class ProblemResponses {

    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String SCHEMA = "ProblemDetail";
    private static final String FIELD_ERROR_SCHEMA = "FieldError";
    private static final String REF = "#/components/schemas/" + SCHEMA;

    /** What a status means in this API: its problem's title (else the reason phrase) and detail, and its description. */
    private record Meaning(String title, String detail, String description) {
    }

    private static final Rule EXAMPLE_RULE = Rule.EFFECTIVE_DATE_IN_FUTURE;

    private static final Map<Integer, Meaning> MEANINGS = Map.of(
            400, new Meaning(null, null, "Invalid input: malformed JSON, a missing or invalid field, parameter or "
                    + "header (If-Match, Idempotency-Key); every invalid one is listed in errors with its message."),
            401, new Meaning(null, "Authentication is required.", "Not authenticated: send HTTP Basic credentials "
                    + "(on the embedded default a demo user, e.g. qa-lead / demo), or in production a JWT as a Bearer "
                    + "token."),
            403, new Meaning(null, "Your role may not do this.",
                    "Authenticated, but your role may not do this (see Roles in the API description)."),
            404, new Meaning(null, "There is no such %s.", "There is no such %s."),
            409, new Meaning("Concurrent change", "Another request changed the same record at the same time; nothing "
                    + "of this one was stored.", "Conflict: another request changed the same record at the same "
                    + "time, or a request with the same Idempotency-Key is still being handled. Nothing of this one "
                    + "was stored; read again and retry."),
            412, new Meaning("Stale version", "The record has changed since the version given in If-Match; read it "
                    + "again.", "Stale If-Match: the record has changed since the version given. Nothing was stored; "
                    + "read it again."),
            422, new Meaning("Refused by a domain rule", EXAMPLE_RULE.name() + ": " + EXAMPLE_RULE.description(),
                    "A domain rule refused the command; rule names it and detail explains it (e.g. "
                    + "EFFECTIVE_DATE_IN_FUTURE for an effectiveOn after today, EFFECTIVE_DATE_BEFORE_PRECEDING_FACT "
                    + "for one before the fact it follows). Nothing was stored."),
            503, new Meaning(null, "The read models have not yet caught up with the position asked for; try again "
                    + "shortly.", "The read model has not reached minPosition in time; ask again after Retry-After "
                    + "seconds."));

    private ProblemResponses() {
    }

    /** The schemas of a problem and of one field error, for the components. */
    static Map<String, Schema> schemas() {
        Schema<?> fieldError = object("One invalid field or parameter.")
                .addProperty("field", string("The field (dotted for nested ones), parameter or header.", null)
                        .example("childReference"))
                .addProperty("message", string("What is wrong with it.", null).example("must not be blank"));
        fieldError.setRequired(List.of("field", "message"));
        String rules = Arrays.stream(Rule.values()).map(Rule::name).collect(Collectors.joining(", "));
        Schema<?> problem = object("An error, as RFC 9457 problem details. Never holds a stack trace or a child's data.")
                .addProperty("type", string("A URI naming the kind of problem; about:blank for a plain HTTP status, "
                        + "urn:case-audit:rule:<RULE> for a domain rule.", "uri-reference").example("about:blank"))
                .addProperty("title", string("A short summary of the kind of problem.", null).example("Bad Request"))
                .addProperty("status", typed(new Schema<>(), "integer").format("int32").minimum(new java.math.BigDecimal(400))
                        .maximum(new java.math.BigDecimal(599)).description("The HTTP status.").example(400))
                .addProperty("detail", string("What went wrong with this request, in plain words.", null)
                        .example("Invalid request body."))
                .addProperty("instance", string("The path of the request.", "uri-reference").example("/api/audits"))
                .addProperty("errors", typed(new Schema<>(), "array")
                        .items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR_SCHEMA))
                        .description("400 only: every invalid field or parameter."))
                .addProperty("rule", string("422 only: the rule that refused the command, one of " + rules
                        + " (or IDEMPOTENCY_KEY_REUSED for an Idempotency-Key sent again with another request).", null)
                        .example(Rule.EFFECTIVE_DATE_IN_FUTURE.name()));
        problem.setRequired(List.of("type", "title", "status"));
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put(FIELD_ERROR_SCHEMA, fieldError);
        schemas.put(SCHEMA, problem);
        return schemas;
    }

    /** The documented answer for an error status on a request to {@code instance}. */
    static ApiResponse response(int status, String description, Map<String, Object> example) {
        ApiResponse response = new ApiResponse().description(description).content(content(example));
        if (status == HttpStatus.UNAUTHORIZED.value()) {
            response.addHeaderObject("WWW-Authenticate", header("The scheme to authenticate with.",
                    "Basic realm=\"case-audit\" (embedded default), Bearer (production)"));
        }
        if (status == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before asking again.")
                    .schema(typed(new Schema<>(), "integer").format("int32").example(1)));
        }
        return response;
    }

    static Content content(Map<String, Object> example) {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(REF)).example(example));
    }

    /** The example 400 problem: the detail and every field error, as ProblemAdvice writes them. */
    static Map<String, Object> badRequest(String instance, String detail, List<Map<String, String>> fieldErrors) {
        Map<String, Object> problem = example(HttpStatus.BAD_REQUEST.value(), instance, null);
        problem.put("detail", detail);
        problem.put("errors", fieldErrors);
        return problem;
    }

    private static Meaning meaning(int status) {
        String reason = HttpStatus.valueOf(status).getReasonPhrase();
        Meaning meaning = MEANINGS.getOrDefault(status, new Meaning(null, null, reason + "."));
        return new Meaning(meaning.title() == null ? reason : meaning.title(),
                meaning.detail() == null ? reason + "." : meaning.detail(), meaning.description());
    }

    /** The example problem of a status on a request to {@code instance}: the same words the API answers with. */
    static Map<String, Object> example(int status, String instance, String thing) {
        Meaning meaning = meaning(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", status == 422 ? "urn:case-audit:rule:" + EXAMPLE_RULE.name() : "about:blank");
        problem.put("title", meaning.title());
        problem.put("status", status);
        problem.put("detail", meaning.detail().formatted(thing));
        problem.put("instance", instance);
        if (status == 422) {
            problem.put("rule", EXAMPLE_RULE.name());
        }
        return problem;
    }

    /**
     * Adds the error answers an operation can give, by its kind, each with an example; a controller's own error
     * answer keeps its words.
     */
    static void document(Endpoint endpoint, ApiResponses responses, Examples examples) {
        List<Integer> statuses = new ArrayList<>(List.of(400, 401, 403));
        if (!endpoint.pathVariables().isEmpty()) {
            statuses.add(404);
        }
        if (endpoint.isCommand()) {
            statuses.add(409);
            if (endpoint.parameter("header", ApiConventions.IF_MATCH) != null) {
                statuses.add(412);
            }
            statuses.add(422);
        }
        if (endpoint.isRead() && endpoint.parameter("query", "minPosition") != null) {
            statuses.add(503);
        }
        for (int status : statuses) {
            String code = Integer.toString(status);
            if (!responses.containsKey(code)) {
                responses.addApiResponse(code, response(status,
                        description(endpoint, status), problemExample(endpoint, status, examples)));
            }
        }
        // A controller's own error answer keeps its words; it gets the problem+json content if it lacks it.
        responses.forEach((code, response) -> {
            if (!code.matches("[45]\\d\\d")) {
                return;
            }
            int status = Integer.parseInt(code);
            MediaType problem = response.getContent() == null ? null
                    : response.getContent().get(PROBLEM_JSON);
            if (problem == null) {
                response.setContent(content(problemExample(endpoint, status, examples)));
            } else if (!ApiConventions.hasExample(problem)) {
                problem.setExample(problemExample(endpoint, status, examples));
            }
            if (ApiConventions.isBlank(response.getDescription())) {
                response.setDescription(description(endpoint, status));
            }
        });
        endpoint.operation().setResponses(sorted(responses));
    }

    private static String description(Endpoint endpoint, int status) {
        String description = meaning(status).description().formatted(endpoint.thing());
        return status == 404 && endpoint.parameter("query", "asAt") != null
                ? description + " A record read as at a day before it existed is not found either." : description;
    }

    private static Map<String, Object> problemExample(Endpoint endpoint, int status, Examples examples) {
        String instance = endpoint.examplePath();
        if (status != 400) {
            return example(status, instance, endpoint.thing());
        }
        if (endpoint.operation().getRequestBody() != null && endpoint.operation().getRequestBody().getContent() != null) {
            return badRequest(instance, "Invalid request body.", bodyErrors(endpoint, examples));
        }
        Parameter query = endpoint.parameters().stream().filter(p -> "query".equals(p.getIn()))
                .filter(p -> Boolean.TRUE.equals(p.getRequired())).findFirst()
                .orElse(endpoint.parameters().stream().filter(p -> "query".equals(p.getIn())).findFirst().orElse(null));
        if (query != null) {
            return badRequest(instance, "The parameter '" + query.getName() + "' has the wrong form.",
                    List.of(fieldError(query.getName(), "wrong form")));
        }
        if (endpoint.method() == PathItem.HttpMethod.POST) { // the Idempotency-Key filter checks every POST
            return badRequest(instance, "Idempotency-Key must be 1 to 100 letters, digits or . _ : -",
                    List.of(fieldError(ApiConventions.IDEMPOTENCY_KEY, "1 to 100 letters, digits or . _ : -")));
        }
        return badRequest(instance, "Invalid request.", List.of());
    }

    /** The first two required fields of the body, each missing: the errors a front end shows beside them. */
    private static List<Map<String, String>> bodyErrors(Endpoint endpoint, Examples examples) {
        Schema<?> body = examples.resolve(endpoint.operation().getRequestBody().getContent().values().iterator().next()
                .getSchema());
        List<Map<String, String>> errors = new ArrayList<>();
        if (body == null || body.getProperties() == null || body.getRequired() == null) {
            return errors;
        }
        body.getProperties().forEach((name, property) -> {
            Schema<?> resolved = examples.resolve(property);
            if (errors.size() < 2 && body.getRequired().contains(name)) {
                // @NotBlank text is bounded (@Size) in this API; anything else required is @NotNull.
                boolean text = resolved != null && "string".equals(Examples.typeOf(resolved))
                        && (resolved.getMaxLength() != null || resolved.getPattern() != null);
                errors.add(fieldError(name, text ? "must not be blank" : "must not be null"));
            }
        });
        return errors;
    }

    private static Map<String, String> fieldError(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses sorted = new ApiResponses();
        responses.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> sorted.addApiResponse(entry.getKey(), entry.getValue()));
        if (responses.getExtensions() != null) {
            sorted.setExtensions(responses.getExtensions());
        }
        return sorted;
    }

    /** Sets a schema's type for OpenAPI 3.0 ({@code type}) and 3.1 ({@code types}) alike. */
    static <T extends Schema<?>> T typed(T schema, String type) {
        schema.setType(type);
        schema.setTypes(new java.util.LinkedHashSet<>(Set.of(type)));
        return schema;
    }

    private static Schema<?> object(String description) {
        return typed(new Schema<>(), "object").description(description);
    }

    private static Schema<Object> string(String description, String format) {
        Schema<Object> schema = typed(new Schema<>(), "string");
        schema.description(description).format(format);
        return schema;
    }

    private static Header header(String description, String example) {
        return new Header().description(description).schema(typed(new Schema<>(), "string").example(example));
    }
}
