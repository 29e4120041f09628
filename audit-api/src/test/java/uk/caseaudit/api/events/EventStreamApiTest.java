package uk.caseaudit.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import uk.caseaudit.support.IntegrationTest;
import uk.caseaudit.support.Scenario;

/** The live feed: a subscriber receives the events stored after it connected, and resumes by Last-Event-ID. */
class EventStreamApiTest extends IntegrationTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void a_subscriber_receives_new_events_live_and_resumes_after_the_last_event_id() throws Exception {
        long head = jdbc.queryForObject("SELECT COALESCE(MAX(globalIndex), 0) FROM DomainEventEntry", Long.class);
        HttpResponse<java.io.InputStream> stream = open(head, null);
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");

        long first = schedule();
        long second = schedule();

        List<String> ids = idsUntil(stream, second);
        assertThat(ids).contains(Long.toString(first), Long.toString(second));
        stream.body().close();

        HttpResponse<java.io.InputStream> resumed = open(0, Long.toString(first));
        List<String> afterResume = idsUntil(resumed, second);
        resumed.body().close();
        assertThat(afterResume.get(0)).isEqualTo(Long.toString(nextPositionAfter(first)));
        assertThat(afterResume).doesNotContain(Long.toString(first)).contains(Long.toString(second));
    }

    @Test
    void the_stream_is_for_integrators_and_the_qa_lead_only() throws Exception {
        HttpResponse<String> auditor = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/events/stream"))
                .header("Authorization", basic("auditor")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(auditor.statusCode()).isEqualTo(403);
    }

    private long nextPositionAfter(long position) {
        return jdbc.queryForObject("SELECT MIN(globalIndex) FROM DomainEventEntry WHERE globalIndex > ?", Long.class,
                position);
    }

    private HttpResponse<java.io.InputStream> open(long after, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/events/stream?after=" + after))
                .header("Authorization", basic("integrator"))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    /** The ids of the events read from the stream until the one at {@code position} (20 s at most). */
    private static List<String> idsUntil(HttpResponse<java.io.InputStream> stream, long position) throws Exception {
        List<String> ids = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(20);
        BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        String line;
        while (Instant.now().isBefore(deadline) && (line = lines.readLine()) != null) {
            if (line.startsWith("id:")) {
                ids.add(line.substring(3).trim());
                if (ids.get(ids.size() - 1).equals(Long.toString(position))) {
                    return ids;
                }
            }
        }
        throw new AssertionError("The stream did not deliver position " + position + "; got " + ids);
    }

    /** Schedules an audit in the stream's team; answers the position of its event. */
    private long schedule() {
        Scenario scenario = new Scenario(http, "Stream");
        scenario.schedule("2016-03", "2016-03-01", "2016-03-25");
        return scenario.lastPosition();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

}
