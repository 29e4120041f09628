package uk.caseaudit.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.MediaType;

/**
 * The service over HTTP, as one caller at a time: anonymous (a null role) or a user holding one role, who proves
 * it as the profile under test wants. A streamed answer (Server-Sent Events) is closed as soon as its head is in.
 */
final class Api {

    /** How a caller holding a role proves who they are: the value of their Authorization header. */
    interface Credentials {
        String authorization(Role role);
    }

    /** One request: method, path with its query, JSON body (or none) and the media type asked for. */
    record Request(String method, String path, String body, String accept) {

        static Request get(String path) {
            return new Request("GET", path, null, MediaType.APPLICATION_JSON_VALUE);
        }

        static Request post(String path, String body) {
            return new Request("POST", path, body, MediaType.APPLICATION_JSON_VALUE);
        }

        static Request delete(String path) {
            return new Request("DELETE", path, null, MediaType.APPLICATION_JSON_VALUE);
        }

        Request accepting(String mediaType) {
            return new Request(method, path, body, mediaType);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** An answer: its status, its Content-Type (empty when none) and its body (empty for a stream). */
    record Answer(int status, String contentType, String body) {

        boolean isProblem() {
            return !contentType.isEmpty() && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(
                    MediaType.parseMediaType(contentType));
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final Credentials credentials;

    Api(int port, Credentials credentials) {
        this.base = URI.create("http://localhost:" + port);
        this.credentials = credentials;
    }

    /** The request sent by a caller holding {@code role}, or by no one when it is null. */
    Answer send(Role role, Request request) {
        return send(role == null ? null : credentials.authorization(role), request);
    }

    /** The request sent with this Authorization header (none when null), whatever the profile's credentials. */
    Answer send(String authorization, Request request) {
        HttpRequest.Builder http = HttpRequest.newBuilder(base.resolve(request.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", request.accept())
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body()));
        if (request.body() != null) {
            http.header("Content-Type", MediaType.APPLICATION_JSON_VALUE);
        }
        if (authorization != null) {
            http.header("Authorization", authorization);
        }
        try {
            HttpResponse<InputStream> response = client.send(http.build(), HttpResponse.BodyHandlers.ofInputStream());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            try (InputStream body = response.body()) {
                boolean stream = contentType.startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
                return new Answer(response.statusCode(), contentType,
                        stream ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(request + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(request + " interrupted", e);
        }
    }

    /** The JSON answer of a request that must succeed. */
    JsonNode succeed(Role role, Request request) {
        Answer answer = send(role, request);
        assertThat(answer.status()).as(request + " as " + role + ": " + answer.body()).isBetween(200, 299);
        return answer.json();
    }
}
