package uk.caseaudit.api.security;

import uk.caseaudit.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.caseaudit.api.security.Api.Answer;
import uk.caseaudit.api.security.Api.Request;
import uk.caseaudit.support.TestDatabase;

/**
 * The role table enforced under the production profile ({@code postgres}): no demo users, JWTs signed by the
 * identity provider's key (here a key made by the test), the user from preferred_username and the roles from the
 * roles claim.
 */
@Tag("integration")
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // metrics exported as in production: /actuator/prometheus is served
// Closed after the class, while its database still exists: TestDatabase drops the databases in a shutdown hook that
// runs beside Spring's, and a context still open then waits 30 s for connections to a dropped database.
@DirtiesContext
class EndpointRoleWalkJwtTest {

    private static final String DATABASE = TestDatabase.fresh();
    private static final TestTokens TOKENS = new TestTokens();

    @DynamicPropertySource
    static void production(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", () -> "");
        registry.add("case-audit.demo-data", () -> "false");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> "file:" + TOKENS.publicKeyFile().toAbsolutePath());
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_role_table_has_a_row_for_every_operation_of_the_openapi_document_and_no_other() {
        walk().assertTheTableListsExactlyTheDocumentedOperations();
    }

    @TestFactory
    Stream<DynamicNode> every_operation_answers_anonymous_401_a_role_not_listed_403_and_a_listed_role_success() {
        return walk().walk();
    }

    @Test
    void a_token_signed_by_another_key_is_answered_401() {
        String forged = new TestTokens().of(Role.QA_LEAD);

        assertUnauthenticated(api().send("Bearer " + forged, Request.get("/api/audits")));
    }

    @Test
    void an_expired_token_is_answered_401() {
        String expired = TOKENS.token(TestTokens.user(Role.QA_LEAD), List.of(Role.QA_LEAD.name()),
                Instant.now().minus(Duration.ofMinutes(10)));

        assertUnauthenticated(api().send("Bearer " + expired, Request.get("/api/audits")));
    }

    @Test
    void the_demo_users_do_not_exist_under_the_production_profile() {
        String demo = "Basic " + Base64.getEncoder().encodeToString("qa-lead:demo".getBytes(StandardCharsets.UTF_8));

        assertUnauthenticated(api().send(demo, Request.get("/api/audits")));
    }

    @Test
    void a_token_whose_roles_claim_holds_none_of_the_roles_may_neither_read_nor_command() {
        String noRole = "Bearer " + TOKENS.token("jwt-stranger", List.of("ADMIN", "qa_lead", "ROLE_QA_LEAD"),
                Instant.now().plus(Duration.ofHours(1)));
        long before = eventCount();

        Answer read = api().send(noRole, Request.get("/api/audits"));
        Answer command = api().send(noRole, Request.post("/api/audits",
                ValidRequests.schedule("J" + UUID.randomUUID().toString().substring(0, 8))));

        assertThat(read.status()).isEqualTo(403);
        assertThat(read.isProblem()).isTrue();
        assertThat(command.status()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_command_s_actor_is_the_token_s_preferred_username_and_role_in_its_record_s_history() {
        Api api = api();
        String auditId = api.succeed(Role.QA_LEAD, Request.post("/api/audits",
                ValidRequests.schedule("J" + UUID.randomUUID().toString().substring(0, 8)))).get("auditId").asText();
        api.succeed(Role.AUDITOR,
                Request.post("/api/audits/" + auditId + "/judgements", ValidRequests.judgements("GOOD")));

        JsonNode entries = api.succeed(Role.QA_LEAD, Request.get("/api/audits/" + auditId + "/history")).get("entries");

        assertThat(entries).extracting(entry -> List.of(entry.get("type").asText(), entry.get("actorUser").asText(),
                entry.get("actorRole").asText())).containsExactly(
                List.of("AuditScheduled", "jwt-qa-lead", "QA_LEAD"),
                List.of("JudgementsSubmitted", "jwt-auditor", "AUDITOR"));
    }

    private static void assertUnauthenticated(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(401);
        assertThat(answer.isProblem()).as(answer.contentType()).isTrue();
    }

    private EndpointRoleWalk walk() {
        return new EndpointRoleWalk(api(), this::eventCount);
    }

    private Api api() {
        return new Api(port, role -> "Bearer " + TOKENS.of(role));
    }

    private long eventCount() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        return count == null ? 0 : count;
    }
}
