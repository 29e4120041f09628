package uk.caseaudit.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import uk.caseaudit.api.security.Api.Answer;
import uk.caseaudit.api.security.Api.Request;
import uk.caseaudit.api.security.RoleTable.Row;
import uk.caseaudit.api.security.ValidRequests.Recipe;

/**
 * The walk of every operation of the service with every role and anonymously: anonymous callers get 401, roles the
 * {@link RoleTable} does not list 403 (both as problem+json, with nothing stored), and listed roles a success. The
 * operations come from the service's own OpenAPI document, so a new endpoint cannot escape the walk.
 */
final class EndpointRoleWalk {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    private final Api api;
    private final LongSupplier eventCount;
    private final ValidRequests requests;

    EndpointRoleWalk(Api api, LongSupplier eventCount) {
        this.api = api;
        this.eventCount = eventCount;
        this.requests = new ValidRequests(api);
    }

    /** Every operation of the OpenAPI document, as its method and path template. */
    Set<String> documentedOperations() {
        Answer document = api.send((Role) null, Request.get("/v3/api-docs"));
        assertThat(document.status()).as("GET /v3/api-docs, anonymously").isEqualTo(200);
        Set<String> operations = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.json().get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            });
        }
        return operations;
    }

    /** The role table has a row for each operation of the document, and none for an operation it lacks. */
    void assertTheTableListsExactlyTheDocumentedOperations() {
        Set<String> documented = documentedOperations();
        List<String> rows = RoleTable.API.stream().map(Row::operation).toList();

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(rows).as("rows of the role table").doesNotHaveDuplicates();
            softly.assertThat(documented.stream().filter(operation -> !rows.contains(operation)))
                    .as("operations of the OpenAPI document without a row in the role table").isEmpty();
            softly.assertThat(rows.stream().filter(operation -> !documented.contains(operation)))
                    .as("rows of the role table for operations the OpenAPI document lacks").isEmpty();
        });
    }

    /** For each operation: one test per caller, anonymous first, then the roles refused, then those allowed. */
    Stream<DynamicNode> walk() {
        Set<String> documented = documentedOperations();
        List<DynamicNode> nodes = new ArrayList<>();
        for (String operation : documented) {
            if (RoleTable.API.stream().noneMatch(row -> row.operation().equals(operation))) {
                nodes.add(dynamicTest(operation + " has a row in the role table",
                        () -> fail(operation + " is in the OpenAPI document but not in the role table")));
            }
        }
        RoleTable.API.stream().filter(row -> documented.contains(row.operation())).map(this::walk).forEach(nodes::add);
        RoleTable.ACTUATOR.stream().map(this::walk).forEach(nodes::add);
        return nodes.stream();
    }

    private DynamicNode walk(Row row) {
        Optional<Recipe> recipe = requests.of(row.operation());
        if (recipe.isEmpty()) {
            return dynamicTest(row.operation() + " has a valid request to walk with",
                    () -> fail("ValidRequests has no request for " + row.operation()));
        }
        ReadyOnce ready = new ReadyOnce(recipe.get().ready());
        List<DynamicTest> tests = new ArrayList<>();
        if (row.anonymous()) {
            tests.add(dynamicTest(row.operation() + " anonymously: allowed",
                    () -> allowed(row, recipe.get(), null, ready.get())));
        } else {
            tests.add(dynamicTest(row.operation() + " anonymously: 401, nothing stored",
                    () -> refused(row, null, ready.get(), 401)));
        }
        for (Role role : Role.values()) {
            if (!row.allows(role)) {
                tests.add(dynamicTest(row.operation() + " as " + role + ": 403, nothing stored",
                        () -> refused(row, role, ready.get(), 403)));
            }
        }
        if (row.method().equals("GET") && !row.anonymous()) {
            // A HEAD reaches the same handler as a GET: it must not pass the role checks that name GET.
            tests.add(dynamicTest("HEAD " + row.path() + " anonymously: 401", () -> head(row, null, ready.get(), 401)));
            for (Role role : Role.values()) {
                tests.add(dynamicTest("HEAD " + row.path() + " as " + role + ": 403",
                        () -> head(row, role, ready.get(), 403)));
            }
        }
        boolean first = true;
        for (Role role : Role.values()) {
            if (row.allows(role)) {
                // The first allowed role uses the record the refused callers could not touch; each other a fresh one.
                Supplier<Request> request = first ? ready : recipe.get().ready();
                first = false;
                tests.add(dynamicTest(row.operation() + " as " + role + ": allowed",
                        () -> allowed(row, recipe.get(), role, request.get())));
            }
        }
        return dynamicContainer(row.operation(), tests.stream());
    }

    private void refused(Row row, Role role, Request request, int status) {
        String caller = caller(row, role, request);
        long before = eventCount.getAsLong();

        Answer answer = api.send(role, request);

        assertThat(answer.status()).as(caller + ": " + answer.body()).isEqualTo(status);
        assertThat(answer.isProblem()).as(caller + ": problem+json, not " + answer.contentType()).isTrue();
        assertThat(answer.json().get("status").asInt()).as(caller + ": the problem's status").isEqualTo(status);
        assertThat(eventCount.getAsLong()).as(caller + ": events in the store").isEqualTo(before);
    }

    private void head(Row row, Role role, Request get, int status) {
        Request head = new Request("HEAD", get.path(), null, get.accept());
        long before = eventCount.getAsLong();

        Answer answer = api.send(role, head);

        assertThat(answer.status()).as(caller(row, role, head)).isEqualTo(status);
        assertThat(eventCount.getAsLong()).as(caller(row, role, head) + ": events in the store").isEqualTo(before);
    }

    private void allowed(Row row, Recipe recipe, Role role, Request request) {
        recipe.success().accept(caller(row, role, request), api.send(role, request));
    }

    private static String caller(Row row, Role role, Request request) {
        return row.operation() + " as " + (role == null ? "anonymous" : role) + " (" + request + ")";
    }

    /** The request the refused callers of one operation send, made when first asked for. */
    private static final class ReadyOnce implements Supplier<Request> {

        private final Supplier<Request> make;
        private Request request;

        ReadyOnce(Supplier<Request> make) {
            this.make = make;
        }

        @Override
        public synchronized Request get() {
            if (request == null) {
                request = make.get();
            }
            return request;
        }
    }
}
