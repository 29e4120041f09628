package uk.caseaudit.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The base of every test that runs the whole service over HTTP. All share one application context
 * and one database (H2, or PostgreSQL in the PostgreSQL suite), so each test makes its own data.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // metrics exported as in production: /actuator/prometheus is served
public abstract class IntegrationTest {

    private static final String DATABASE = TestDatabase.fresh();

    /** The one browser origin allowed to call the API in these tests. */
    protected static final String FRONT_END = "https://qa.council.example";

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", () -> "");
        registry.add("case-audit.demo-data", () -> "false");
        registry.add("case-audit.demo-password-cost", () -> "4");
        registry.add("case-audit.security.cors.allowed-origins", () -> FRONT_END);
    }

    /** The number of events in the store: a refused command must leave it unchanged. */
    protected long eventCount() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        return count == null ? 0 : count;
    }

    private final Map<String, TestRestTemplate> clients = new ConcurrentHashMap<>();

    /** A client authenticated as one of the demo users (user name = role in lower case with dashes). */
    protected TestRestTemplate as(String user) {
        return clients.computeIfAbsent(user, name -> http.withBasicAuth(name, "demo"));
    }
}
