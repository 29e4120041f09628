package uk.caseaudit.api.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caseaudit.support.IntegrationTest;

/** The role table enforced on the embedded default: the demo users over HTTP Basic, one per role. */
class EndpointRoleWalkBasicTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void the_role_table_has_a_row_for_every_operation_of_the_openapi_document_and_no_other() {
        walk().assertTheTableListsExactlyTheDocumentedOperations();
    }

    @TestFactory
    Stream<DynamicNode> every_operation_answers_anonymous_401_a_role_not_listed_403_and_a_listed_role_success() {
        return walk().walk();
    }

    private EndpointRoleWalk walk() {
        return new EndpointRoleWalk(new Api(port, EndpointRoleWalkBasicTest::demoUser), this::eventCount);
    }

    /** The demo user of the role: its name in lower case with dashes, password demo. */
    private static String demoUser(Role role) {
        String user = role.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
