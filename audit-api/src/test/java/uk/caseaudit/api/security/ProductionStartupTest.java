package uk.caseaudit.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.caseaudit.AuditApplication;
import uk.caseaudit.support.TestDatabase;

/**
 * The postgres profile (production) refuses to start with demo users, or with JWTs but no issuer to check them; on
 * PostgreSQL its connections batch inserts as multi-row INSERTs, compile no query (JIT) and plan every execution.
 */
@Tag("integration")
class ProductionStartupTest {

    @Test
    void the_production_profile_refuses_to_start_with_demo_users_switched_on() {
        assertThatThrownBy(() -> start("--case-audit.demo-users=true",
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=https://login.council.example/jwks"))
                .satisfies(failure -> org.assertj.core.api.Assertions.assertThat(
                        NestedExceptionUtils.getMostSpecificCause(failure).getMessage())
                        .contains("Demo users are switched on").contains("postgres profile"));
    }

    @Test
    void the_production_profile_refuses_to_start_without_a_jwt_issuer() {
        assertThatThrownBy(() -> start())
                .satisfies(failure -> org.assertj.core.api.Assertions.assertThat(
                        NestedExceptionUtils.getMostSpecificCause(failure).getMessage())
                        .contains("no JWT issuer is configured"));
    }

    @Test
    void the_production_profile_connects_without_jit_with_a_plan_per_execution_batched_inserts_and_its_append_limit() {
        assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only");
        String url = TestDatabase.fresh();
        String withoutTestSettings = url.substring(0, url.length() - TestDatabase.POSTGRES_SETTINGS.length());
        try (ConfigurableApplicationContext production = new SpringApplicationBuilder(AuditApplication.class)
                .profiles("postgres").run("--spring.datasource.url=" + withoutTestSettings,
                        "--spring.datasource.username=" + TestDatabase.user(), "--spring.datasource.password=",
                        "--server.port=0", "--case-audit.events.append-timeout=2s", "--case-audit.feed.gap-wait=5s",
                        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=https://login.council.example/jwks")) {
            JdbcTemplate jdbc = production.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SHOW jit", String.class)).isEqualTo("off");
            assertThat(jdbc.queryForObject("SHOW plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
            // The append time limit PostgreSQL enforces at commit is the service's own.
            assertThat(jdbc.queryForObject("SHOW case_audit.append_timeout", String.class)).isEqualTo("2s");
            assertThat(jdbc.execute((Connection connection) -> connection.unwrap(BaseConnection.class)
                    .getQueryExecutor().isReWriteBatchedInsertsEnabled())).isTrue();
        }
    }

    private static void start(String... arguments) {
        String[] common = {"--spring.datasource.url=" + TestDatabase.fresh(),
                "--spring.datasource.username=" + TestDatabase.user(), "--spring.datasource.password=",
                "--server.port=0"};
        String[] all = new String[common.length + arguments.length];
        System.arraycopy(common, 0, all, 0, common.length);
        System.arraycopy(arguments, 0, all, common.length, arguments.length);
        new SpringApplicationBuilder(AuditApplication.class).profiles("postgres").run(all).close();
    }
}
