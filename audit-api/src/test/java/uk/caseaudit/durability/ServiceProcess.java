package uk.caseaudit.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import uk.caseaudit.AuditApplication;

/**
 * The service as a child JVM on the test's own class path, in a working folder of its own and always on one port,
 * started, killed with SIGKILL or stopped as an operator stops it (SIGTERM).
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path folder;
    private final int port;
    private final List<String> arguments;
    private final HttpClient health = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();
    private Process process;
    private int starts;

    /** A service in {@code folder} (its working directory, so the embedded default's ./data is there). */
    ServiceProcess(Path folder, List<String> arguments) {
        this.folder = folder;
        this.port = freePort();
        this.arguments = List.copyOf(arguments);
    }

    int port() {
        return port;
    }

    int starts() {
        return starts;
    }

    /** Starts the service and returns once it answers healthy (its database is reachable). */
    Duration start() throws InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("The service is already running");
        }
        Instant started = Instant.now();
        starts++;
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "-Daxoniq.update-checker.disabled=true",
                "-Ddisable-axoniq-console-message=true",
                // C1 only: starts in half the time on a small machine; how the service stores and recovers is the same.
                "-XX:TieredStopAtLevel=1",
                AuditApplication.class.getName(),
                "--server.port=" + port,
                "--case-audit.demo-data=false",
                "--case-audit.demo-password-cost=4"));
        command.addAll(arguments);
        try {
            process = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log(starts).toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHealthy();
        return Duration.between(started, Instant.now());
    }

    /** SIGKILL: no shutdown hook, no graceful shutdown, nothing flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The service survived SIGKILL");
        }
    }

    /** SIGTERM, as an operator (or a container runtime) stops it; its exit code once it has stopped. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The service did not stop within 60 s of SIGTERM\n" + logTail());
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The end of the log of the latest start, for failure messages. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log(starts), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Every start's log, for the lines a test looks for. */
    List<String> logLines() {
        List<String> lines = new ArrayList<>();
        for (int start = 1; start <= starts; start++) {
            try {
                lines.addAll(Files.readAllLines(log(start), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Deletes the working folder (its database, if H2, and the logs); a failed test keeps it for a look. */
    void deleteFolder() throws IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private Path log(int start) {
        return folder.resolve("service-" + start + ".log");
    }

    private void awaitHealthy() throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service stopped while starting\n" + logTail());
            }
            try {
                if (health.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The service was not healthy within " + START_TIMEOUT + "\n" + logTail());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
