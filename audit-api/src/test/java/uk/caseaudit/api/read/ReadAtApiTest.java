package uk.caseaudit.api.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.caseaudit.support.IntegrationTest;

/** The read parameters asAt, knownAt and minPosition, read the same way by every endpoint that takes them. */
class ReadAtApiTest extends IntegrationTest {

    /** Every read that takes asAt, with the other parameters it needs. */
    private static final List<String> READS_AS_AT = List.of("/api/audits?", "/api/audits/x?", "/api/cases-of-concern?",
            "/api/cases-of-concern/x?", "/api/actions?", "/api/actions/x?", "/api/action-tracker?",
            "/api/action-tracker/teams?cohort=2018-01&", "/api/judgement-trends?from=2018-01&to=2018-02&",
            "/api/programme?from=2018-01&to=2018-02&");

    /** The reads that take knownAt and minPosition but no asAt. */
    private static final List<String> READS_KNOWN_AT = List.of(
            "/api/cases-of-concern/register-sizes?from=2018-01-01&to=2018-02-01&",
            "/api/cases-of-concern/recurrence?from=2018-01-01&to=2018-02-01&");

    private static final long NEVER_REACHED = Long.MAX_VALUE / 2;

    @Test
    void a_malformed_read_parameter_is_a_400_naming_it_on_every_read_that_takes_it() {
        Map<String, String> malformed = Map.of("asAt", "2018-13-45", "knownAt", "yesterday", "minPosition", "latest");
        for (String read : READS_AS_AT) {
            malformed.forEach((name, value) -> assertWrongForm(read, name, value));
        }
        for (String read : READS_KNOWN_AT) {
            assertWrongForm(read, "knownAt", "noon");
            assertWrongForm(read, "minPosition", "1.5");
        }
        assertWrongForm("/api/admin/dead-letters?", "minPosition", "x");
    }

    @Test
    void a_read_parameter_an_endpoint_does_not_take_is_ignored_and_an_empty_one_is_left_out() {
        for (String read : READS_KNOWN_AT) {
            assertThat(as("qa-lead").getForEntity(read + "asAt=never", String.class).getStatusCode()).as(read)
                    .isEqualTo(HttpStatus.OK);
        }
        assertThat(as("qa-lead").getForEntity("/api/admin/dead-letters?asAt=never&knownAt=never", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("qa-lead").getForEntity("/api/cases-of-concern?asAt=&knownAt=&minPosition=", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void a_range_ending_before_it_starts_is_a_400_at_once_not_a_503_after_waiting_for_min_position() {
        for (String read : List.of("/api/cases-of-concern/register-sizes?from=2018-02-01&to=2018-01-01",
                "/api/cases-of-concern/recurrence?from=2018-02-01&to=2018-01-01",
                "/api/judgement-trends?from=2018-02&to=2018-01", "/api/programme?from=2018-02&to=2018-01")) {
            long started = System.nanoTime();
            ResponseEntity<JsonNode> refused = as("qa-lead").getForEntity(read + "&minPosition=" + NEVER_REACHED,
                    JsonNode.class);

            assertThat(refused.getStatusCode()).as(read).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("errors").get(0).get("field").asText()).as(read).isEqualTo("from");
            assertThat((System.nanoTime() - started) / 1_000_000).as(read + ", milliseconds").isLessThan(2_000);
        }
        assertThat(as("qa-lead").getForEntity("/api/admin/dead-letters?projection=none&minPosition=" + NEVER_REACHED,
                String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void a_min_position_the_read_models_do_not_reach_is_a_503_with_retry_after() {
        ResponseEntity<JsonNode> waited = as("qa-lead").getForEntity("/api/audits?minPosition=" + NEVER_REACHED,
                JsonNode.class);

        assertThat(waited.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(waited.getHeaders().getFirst("Retry-After")).isEqualTo("1");
    }

    private void assertWrongForm(String read, String name, String value) {
        ResponseEntity<JsonNode> refused = as("qa-lead").getForEntity(read + name + "={v}", JsonNode.class, value);
        String what = read + name + "=" + value;
        assertThat(refused.getStatusCode()).as(what).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).as(what).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = refused.getBody();
        assertThat(problem.get("detail").asText()).as(what).isEqualTo("The parameter '" + name + "' has the wrong form.");
        assertThat(problem.get("errors").toString()).as(what)
                .isIn("[{\"field\":\"" + name + "\",\"message\":\"wrong form\"}]",
                        "[{\"message\":\"wrong form\",\"field\":\"" + name + "\"}]");
    }
}
