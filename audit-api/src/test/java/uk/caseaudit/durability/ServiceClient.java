package uk.caseaudit.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import uk.caseaudit.support.ReadModelNames;

/** HTTP calls to a {@link ServiceProcess} as the demo users (password "demo"), and its operations endpoints. */
final class ServiceClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    ServiceClient(int port) {
        this.port = port;
    }

    /** An answer: its status and its body (null when it has none or it is not JSON). */
    record Answer(int status, JsonNode body) {

        boolean acknowledged() {
            return status >= 200 && status < 300;
        }
    }

    /** POSTs a JSON body; an IOException when no answer came (connection refused or lost, or timed out). */
    Answer post(String user, String path, String body) throws IOException, InterruptedException {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Answer get(String user, String path) throws IOException, InterruptedException {
        return send(request(user, path).GET().build());
    }

    /**
     * Waits until every read model is LIVE (no rebuild in progress) with lag 0 on this node, and a read asking for
     * the head of the stream ({@code minPosition}) is answered: every segment, also those this node does not hold,
     * has processed it. Returns the head.
     */
    long awaitReadModelsCaughtUp(Duration atMost) {
        AtomicReference<String> last = new AtomicReference<>("no answer");
        AtomicReference<Long> head = new AtomicReference<>();
        try {
            await().atMost(atMost).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
                Answer projections = get("qa-lead", "/api/admin/projections");
                last.set(projections.status() + " " + projections.body());
                if (projections.status() != 200 || projections.body().size() != ReadModelNames.ALL.size()) {
                    return false;
                }
                long top = 0;
                for (JsonNode projection : projections.body()) {
                    if (!"LIVE".equals(projection.get("state").asText()) || projection.get("lag").asLong() != 0
                            || projection.get("segments").asInt() == 0) {
                        return false;
                    }
                    top = Math.max(top, projection.get("head").asLong());
                }
                Answer read = get("qa-lead", "/api/audits?size=1&minPosition=" + top);
                last.set(projections.body() + "; minPosition=" + top + ": " + read.status());
                head.set(top);
                return read.status() == 200;
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("The read models did not catch up within " + atMost + "; last seen: " + last, e);
        }
        return head.get();
    }

    /**
     * Waits until every read model's processor holds segments on this node (after a kill, the dead node's claims
     * must time out first), so that a kill lands while the read models are being written.
     */
    void awaitReadModelsProcessing(Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(100)).ignoreExceptions().until(() -> {
            Answer projections = get("qa-lead", "/api/admin/projections");
            if (projections.status() != 200 || projections.body().size() != ReadModelNames.ALL.size()) {
                return false;
            }
            for (JsonNode projection : projections.body()) {
                if (projection.get("segments").asInt() == 0) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Starts a fresh replay of every read model (answered 202, REPLAYING). */
    void replayEveryReadModel() throws IOException, InterruptedException {
        for (String readModel : ReadModelNames.ALL) {
            Answer replay = send(request("qa-lead", "/api/admin/projections/" + readModel + "/replay")
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(replay.status()).as("replay of " + readModel + ": " + replay.body()).isEqualTo(202);
            assertThat(replay.body().get("state").asText()).as(readModel).isEqualTo("REPLAYING");
        }
    }

    /** The number of dead letters over every read model. */
    long deadLetters() throws IOException, InterruptedException {
        Answer letters = get("qa-lead", "/api/admin/dead-letters");
        assertThat(letters.status()).as("dead letters: " + letters.body()).isEqualTo(200);
        return letters.body().get("total").asLong();
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10));
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = null;
        if (!response.body().isBlank()) {
            try {
                body = JSON.readTree(response.body());
            } catch (IOException notJson) {
                body = null;
            }
        }
        return new Answer(response.statusCode(), body);
    }
}
