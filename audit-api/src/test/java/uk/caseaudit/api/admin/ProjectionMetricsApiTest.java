package uk.caseaudit.api.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.caseaudit.support.IntegrationTest;

/** Each read model's lag, position, rebuild state and dead letters are exported to Prometheus. */
class ProjectionMetricsApiTest extends IntegrationTest {

    @Test
    void every_read_model_exports_its_lag_position_replaying_and_dead_letters() {
        long head = jdbc.queryForObject("SELECT COALESCE(MAX(globalIndex), 0) FROM DomainEventEntry", Long.class);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = scrape();
            for (String readModel : new String[] {"audits", "register", "action-tracker"}) {
                assertThat(gauge(metrics, "case_audit_projection_lag_events", readModel)).as(readModel).isZero();
                assertThat(gauge(metrics, "case_audit_projection_position", readModel)).as(readModel)
                        .isGreaterThanOrEqualTo(head);
                assertThat(gauge(metrics, "case_audit_projection_replaying", readModel)).as(readModel).isZero();
                assertThat(gauge(metrics, "case_audit_projection_dead_letters", readModel)).as(readModel)
                        .isGreaterThanOrEqualTo(0);
            }
        });
    }

    private String scrape() {
        ResponseEntity<String> scrape = as("qa-lead").getForEntity("/actuator/prometheus", String.class);
        assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
        return scrape.getBody();
    }

    private static double gauge(String metrics, String name, String readModel) {
        Matcher value = Pattern.compile("(?m)^" + name + "\\{[^}]*projection=\"" + Pattern.quote(readModel)
                + "\"[^}]*} (\\S+)$").matcher(metrics);
        assertThat(value.find()).as(name + " of " + readModel + " in\n" + metrics.lines()
                .filter(line -> line.startsWith("case_audit")).toList()).isTrue();
        return Double.parseDouble(value.group(1));
    }
}
