package uk.caseaudit.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.caseaudit.AuditApplication;

/**
 * The embedded default keeps every command it has answered, even when the process is killed with
 * SIGKILL mid-load (H2 loses such commits unless WRITE_DELAY=0, which application.yml sets).
 */
class CrashTest {

    private static final Pattern AUDIT_ID = Pattern.compile("\"auditId\":\"([^\"]+)\"");

    @Test
    void every_answered_command_survives_a_kill_minus_9() throws Exception {
        Path folder = Files.createTempDirectory("case-audit-crash");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // The service's own default URL, only in another folder: the setting under test is application.yml's.
        Process service = new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "-Daxoniq.update-checker.disabled=true",
                AuditApplication.class.getName(),
                "--server.port=" + port,
                "--case-audit.demo-data=false")
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("service.log").toFile())
                .start();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            awaitHealthy(client, port, service);

            ExecutorService writers = Executors.newFixedThreadPool(4);
            AtomicBoolean writing = new AtomicBoolean(true);
            for (int writer = 0; writer < 4; writer++) {
                writers.submit(() -> {
                    while (writing.get()) {
                        schedule(client, port).ifPresent(acknowledged::add);
                    }
                    return null;
                });
            }
            // Kill mid-load: once commands are being answered (however slow the machine), not at a fixed time.
            Instant deadline = Instant.now().plusSeconds(60);
            while (acknowledged.size() < 20 && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            service.destroyForcibly(); // SIGKILL while the writers are still sending
            service.waitFor(10, TimeUnit.SECONDS);
            writing.set(false);
            writers.shutdown();
            writers.awaitTermination(10, TimeUnit.SECONDS);
        } finally {
            service.destroyForcibly();
        }

        assertThat(acknowledged).as("commands answered before the kill").isNotEmpty();
        Set<String> stored = new HashSet<>();
        String url = "jdbc:h2:file:" + folder.resolve("data").resolve("case-audit");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT aggregateIdentifier FROM DomainEventEntry")) {
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
        }
        assertThat(stored).containsAll(List.copyOf(acknowledged));
    }

    private static java.util.Optional<String> schedule(HttpClient client, int port) {
        String body = """
                {"auditMonth":"2018-05","childReference":"5067991","team":"Chelt Assess","serviceArea":"Safeguarding",
                 "auditType":"CASE_FILE","auditor":"J Smith","dueDate":"2018-05-25","effectiveOn":"2018-05-01"}""";
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/audits"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("qa-lead:demo".getBytes()))
                    .timeout(Duration.ofSeconds(5))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher id = AUDIT_ID.matcher(response.body());
            return response.statusCode() == 201 && id.find() ? java.util.Optional.of(id.group(1)) : java.util.Optional.empty();
        } catch (Exception connectionLost) {
            return java.util.Optional.empty(); // not answered: not acknowledged
        }
    }

    private static void awaitHealthy(HttpClient client, int port, Process service) throws Exception {
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            if (!service.isAlive()) {
                throw new IllegalStateException("The service stopped while starting");
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The service did not start within 90 s");
    }
}
