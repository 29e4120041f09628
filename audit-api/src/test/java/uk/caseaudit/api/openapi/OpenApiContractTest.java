package uk.caseaudit.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.caseaudit.support.IntegrationTest;

/**
 * The published OpenAPI document is the API's full description (the README's conventions): every operation has a
 * summary, a description, an example for every request body and answer, and the problem+json error answers of its kind.
 */
class OpenApiContractTest extends IntegrationTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void every_operation_has_a_summary_a_description_examples_and_its_error_answers() throws Exception {
        OpenAPI api = published();

        assertThat(ContractChecker.operations(api)).as("operations under /api").hasSizeGreaterThan(20);
        assertThat(ContractChecker.check(api))
                .as("what the OpenAPI document lacks, per operation")
                .isEmpty();
    }

    /** A client generator names its functions by operationId: one each, never springdoc's "audit_1" for a clash. */
    @Test
    void every_operation_has_an_operation_id_of_its_own_without_a_numbered_suffix() throws Exception {
        Map<String, List<String>> byId = new TreeMap<>();
        published().getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                byId.computeIfAbsent(String.valueOf(operation.getOperationId()), id -> new ArrayList<>())
                        .add(method + " " + path)));

        assertThat(byId.keySet()).as("operationIds").noneMatch(id -> id.equals("null") || id.matches(".*_\\d+"));
        assertThat(byId.values()).as("operations by operationId").allMatch(operations -> operations.size() == 1);
        assertThat(byId).containsEntry("auditHistory", List.of("GET /api/audits/{auditId}/history"))
                .containsEntry("caseOfConcernHistory", List.of("GET /api/cases-of-concern/{caseOfConcernId}/history"))
                .containsEntry("actionHistory", List.of("GET /api/actions/{actionId}/history"));
    }

    @Test
    void the_checker_names_the_operation_that_lacks_an_example_or_an_error_answer() {
        OpenAPI api = new OpenAPI().paths(new Paths()
                .addPathItem("/api/things", new PathItem().post(command("Record a thing", true, true)))
                .addPathItem("/api/things/{thingId}/closure", new PathItem().post(command("Close a thing", false, true)))
                .addPathItem("/api/things/{thingId}/reopening", new PathItem().post(command("Reopen a thing", true, false))));

        assertThat(ContractChecker.check(api)).containsExactlyInAnyOrder(
                "POST /api/things/{thingId}/closure: 200 response (application/json) has no example",
                "POST /api/things/{thingId}/reopening: no 422 response");
    }

    @Test
    void request_schemas_carry_their_validation_constraints() throws Exception {
        Schema<?> schedule = published().getComponents().getSchemas().get("ScheduleAuditRequest");

        assertThat(schedule.getRequired()).contains("auditMonth", "childReference", "team", "dueDate");
        Schema<?> childReference = schedule.getProperties().get("childReference");
        assertThat(childReference.getMinLength()).as("@NotBlank: at least one character").isEqualTo(1);
        assertThat(childReference.getMaxLength()).isEqualTo(32);
        assertThat(childReference.getPattern()).isNotBlank();
    }

    @Test
    void swagger_ui_is_served_and_the_document_declares_http_basic_for_every_operation() throws Exception {
        ResponseEntity<String> ui = http.getForEntity("/swagger-ui/index.html", String.class);
        assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ui.getBody()).contains("swagger-ui");
        assertThat(http.getForEntity("/v3/api-docs/swagger-config", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        OpenAPI api = published();
        Map<String, SecurityScheme> schemes = api.getComponents().getSecuritySchemes();
        assertThat(schemes).isNotNull();
        String basic = schemes.entrySet().stream()
                .filter(scheme -> scheme.getValue().getType() == SecurityScheme.Type.HTTP
                        && "basic".equalsIgnoreCase(scheme.getValue().getScheme()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        assertThat(basic).as("an HTTP Basic security scheme").isNotNull();
        assertThat(api.getSecurity()).as("the security applied to every operation")
                .anySatisfy(requirement -> assertThat(requirement).containsKey(basic));
    }

    @Test
    void a_demo_user_signs_in_with_http_basic_as_swagger_ui_does() {
        assertThat(as("qa-lead").getForEntity("/api/audits", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("qa-lead", "wrong").getForEntity("/api/audits", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private OpenAPI published() throws JsonProcessingException {
        ResponseEntity<String> document = http.getForEntity("/v3/api-docs", String.class);
        assertThat(document.getStatusCode()).as("/v3/api-docs, anonymously").isEqualTo(HttpStatus.OK);
        return Json31.mapper().readValue(document.getBody(), OpenAPI.class);
    }

    /** A command documented fully, but for the 200 example or the 422 answer when told so. */
    private static Operation command(String summary, boolean withExample, boolean with422) {
        MediaType answer = new MediaType().schema(new Schema<>().type("object"));
        if (withExample) {
            answer.example(Map.of("id", "6f1c2b1e", "version", 1, "position", 42));
        }
        ApiResponses responses = new ApiResponses().addApiResponse("200", new ApiResponse().description("Done")
                .content(new Content().addMediaType("application/json", answer)));
        List<Integer> errors = new ArrayList<>(List.of(400, 401, 403, 409));
        if (with422) {
            errors.add(422);
        }
        for (int status : errors) {
            responses.addApiResponse(Integer.toString(status), new ApiResponse().description("Refused")
                    .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                            .example(Map.of("status", status, "title", "Refused")))));
        }
        return new Operation().summary(summary).description(summary + ", with the reason.")
                .requestBody(new RequestBody().content(new Content().addMediaType("application/json",
                        new MediaType().schema(new Schema<>().type("object").example(Map.of("reason", "Done."))))))
                .responses(responses);
    }

    /** What an OpenAPI document lacks, one line per missing thing, each naming its operation. */
    static final class ContractChecker {

        private static final List<String> COMMAND_ERRORS = List.of("400", "401", "403", "409", "422");
        private static final List<String> READ_ERRORS = List.of("400", "401", "403");

        private final OpenAPI api;
        private final List<String> missing = new ArrayList<>();

        private ContractChecker(OpenAPI api) {
            this.api = api;
        }

        static List<String> operations(OpenAPI api) {
            List<String> names = new ArrayList<>();
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                if (path.startsWith("/api/")) {
                    names.add(method + " " + path);
                }
            }));
            return names;
        }

        static List<String> check(OpenAPI api) {
            ContractChecker checker = new ContractChecker(api);
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                if (path.startsWith("/api/")) {
                    checker.check(method, path, operation);
                }
            }));
            return checker.missing;
        }

        private void check(PathItem.HttpMethod method, String path, Operation operation) {
            String name = method + " " + path;
            if (blank(operation.getSummary())) {
                missing.add(name + ": no summary");
            }
            if (blank(operation.getDescription())) {
                missing.add(name + ": no description");
            }
            checkRequestBody(name, operation.getRequestBody());
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                missing.add(name + ": no success response");
            }
            boolean problemWithExample = false;
            for (Map.Entry<String, ApiResponse> response : responses.entrySet()) {
                String code = response.getKey();
                Content content = response.getValue().getContent();
                if (code.startsWith("2")) {
                    if (content == null || content.isEmpty()) {
                        if (!"204".equals(code)) { // 204 No Content has no body to show an example of
                            missing.add(name + ": " + code + " response has no content and no example");
                        }
                    } else {
                        content.forEach((type, media) -> {
                            if (!hasExample(media)) {
                                missing.add(name + ": " + code + " response (" + type + ") has no example");
                            }
                        });
                    }
                } else if (code.startsWith("4") || code.startsWith("5")) {
                    MediaType problem = content == null ? null : content.get(PROBLEM_JSON);
                    if (problem == null || !hasExample(problem)) {
                        missing.add(name + ": " + code + " response has no " + PROBLEM_JSON + " example");
                    } else if (code.startsWith("4")) {
                        problemWithExample = true;
                    }
                }
            }
            if (!problemWithExample) {
                missing.add(name + ": no 4xx response with an " + PROBLEM_JSON + " example");
            }
            List<String> expected = method == PathItem.HttpMethod.POST && !path.startsWith("/api/admin/")
                    ? COMMAND_ERRORS : method == PathItem.HttpMethod.GET ? READ_ERRORS : List.of();
            for (String code : expected) {
                if (!responses.containsKey(code)) {
                    missing.add(name + ": no " + code + " response");
                }
            }
        }

        private void checkRequestBody(String name, RequestBody body) {
            if (body == null) {
                return;
            }
            if (body.getContent() == null || body.getContent().isEmpty()) {
                missing.add(name + ": request body has no content and no example");
                return;
            }
            body.getContent().forEach((type, media) -> {
                if (!hasExample(media) && !hasExample(resolve(media.getSchema()))) {
                    missing.add(name + ": request body (" + type + ") has no example");
                }
            });
        }

        private Schema<?> resolve(Schema<?> schema) {
            for (int depth = 0; schema != null && schema.get$ref() != null && depth < 10; depth++) {
                String ref = schema.get$ref();
                schema = api.getComponents() == null || api.getComponents().getSchemas() == null ? null
                        : api.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
            }
            return schema;
        }

        private static boolean hasExample(MediaType media) {
            return media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty());
        }

        private static boolean hasExample(Schema<?> schema) {
            return schema != null
                    && (schema.getExample() != null || (schema.getExamples() != null && !schema.getExamples().isEmpty()));
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }
}
