package uk.caseaudit.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Tag;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import uk.caseaudit.api.command.CommandSender;
import uk.caseaudit.audit.AuditType;
import uk.caseaudit.audit.ScheduleAudit;
import uk.caseaudit.projection.audits.AuditView;
import uk.caseaudit.support.TestDatabase;

@Tag("integration")
class RestartTest {

    private final String database = TestDatabase.fresh();

    @Test
    void what_was_written_before_a_restart_is_there_after_it() {
        String auditId = "restart-" + System.nanoTime();
        try (ConfigurableApplicationContext first = EmbeddedService.start(database)) {
            first.getBean(CommandSender.class).send(new ScheduleAudit(auditId, YearMonth.of(2018, 5), "5067991",
                    "Chelt Assess", "Safeguarding", AuditType.CASE_FILE, "J Smith", LocalDate.of(2018, 5, 25),
                    LocalDate.of(2018, 5, 1)));
            await().atMost(Duration.ofSeconds(10)).until(() -> EmbeddedService.findAudit(first, auditId) != null);
        }

        try (ConfigurableApplicationContext second = EmbeddedService.start(database)) {
            AuditView audit = EmbeddedService.findAudit(second, auditId);

            assertThat(audit).isNotNull();
            assertThat(audit.team()).isEqualTo("Chelt Assess");
            assertThat(audit.scheduledOn()).isEqualTo(LocalDate.of(2018, 5, 1));
            Long events = second.getBean(JdbcTemplate.class)
                    .queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
            assertThat(events).isEqualTo(1L);
        }
    }

    @Test
    void an_idempotency_key_used_before_a_restart_still_returns_its_first_answer_after_it() {
        String body = """
                {"auditMonth":"2018-05","childReference":"5067991","team":"Chelt Assess","serviceArea":"Safeguarding",
                 "auditType":"CASE_FILE","auditor":"J Smith","dueDate":"2018-05-25","effectiveOn":"2018-05-01"}""";
        ResponseEntity<String> first;
        try (ConfigurableApplicationContext before = EmbeddedService.start(database)) {
            first = keyedPost(before, body);
        }

        try (ConfigurableApplicationContext after = EmbeddedService.start(database)) {
            long events = after.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM DomainEventEntry",
                    Long.class);
            ResponseEntity<String> repeat = keyedPost(after, body);

            assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(repeat.getBody()).isEqualTo(first.getBody());
            assertThat(after.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM DomainEventEntry",
                    Long.class)).isEqualTo(events);
        }
    }

    private static ResponseEntity<String> keyedPost(ConfigurableApplicationContext context, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth("qa-lead", "demo");
        headers.set("Idempotency-Key", "restart-key");
        String port = context.getEnvironment().getProperty("local.server.port");
        return new RestTemplate().postForEntity("http://localhost:" + port + "/api/audits",
                new HttpEntity<>(body, headers), String.class);
    }
}
