package uk.caseaudit.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.caseaudit.AuditApplication;
import uk.caseaudit.support.TestDatabase;

/**
 * Two nodes of the service on one database share the work of every read model, either accepts any command,
 * read-your-writes holds across them, racing writers on one audit get 409, and when one node stops the other
 * takes over its segments: every event is handled exactly once by each read model, whichever node handled it.
 */
@Tag("integration")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final List<String> READ_MODELS = List.of("audits", "register", "action-tracker");

    private final String database = TestDatabase.fresh();
    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;
    private JdbcTemplate jdbc;
    /** The segments of each read model's processor (the service's setting): half for each node. */
    private int segments;

    @BeforeAll
    void twoNodesSharingTheSegments() {
        nodeA = start("node-a");
        jdbc = nodeA.getBean(JdbcTemplate.class);
        segments = nodeA.getEnvironment().getRequiredProperty("case-audit.projections.segments", Integer.class);
        assertThat(segments).as("two nodes can share them").isGreaterThanOrEqualTo(2).isEven();
        // A handled event is counted in the processor's own transaction: a batch rolled back counts nothing.
        jdbc.execute("CREATE TABLE test_handled (processor VARCHAR(64) NOT NULL, event_id VARCHAR(64) NOT NULL, "
                + "node VARCHAR(64) NOT NULL)");
        nodeB = start("node-b");
        await().atMost(Duration.ofSeconds(60)).until(() -> READ_MODELS.stream().allMatch(readModel ->
                held(readModel, "node-a") == segments / 2 && held(readModel, "node-b") == segments / 2));
    }

    @AfterAll
    void stop() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
    }

    @Test
    @Order(0)
    void a_rebuild_asked_while_the_other_node_holds_segments_is_refused_with_409_and_both_nodes_go_on() {
        ResponseEntity<JsonNode> refused = post(nodeA, "qa-lead", "/api/admin/projections/register/replay", "{}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM read_model_slot WHERE building IS NOT NULL",
                Integer.class)).as("no rebuild started").isZero();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                held("register", "node-a") == segments / 2 && held("register", "node-b") == segments / 2);
    }

    @Test
    @Order(1)
    void two_writers_racing_on_one_audit_from_two_nodes_never_both_win_and_the_loser_stores_nothing()
            throws Exception {
        int conflicts = 0;
        for (int round = 0; round < 10; round++) {
            String auditId = scheduleAndJudge(nodeA, nodeB, "R" + round);
            long before = eventsOf(auditId);
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<ResponseEntity<JsonNode>>> racers = new ArrayList<>();
            for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
                racers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    return post(node, "moderator", "/api/audits/" + auditId + "/moderations",
                            "{\"grades\":{\"OVERALL\":\"GOOD\"},\"rationale\":\"Agreed.\",\"effectiveOn\":\"2018-05-22\"}");
                }));
            }
            go.countDown();
            int wins = 0;
            for (CompletableFuture<ResponseEntity<JsonNode>> racer : racers) {
                HttpStatus status = HttpStatus.valueOf(racer.get(30, TimeUnit.SECONDS).getStatusCode().value());
                assertThat(status).isIn(HttpStatus.OK, HttpStatus.CONFLICT);
                if (status == HttpStatus.OK) {
                    wins++;
                } else {
                    conflicts++;
                }
            }
            assertThat(wins).isPositive();
            assertThat(eventsOf(auditId)).as("one event per winner, none of a loser").isEqualTo(before + wins);
        }
        System.out.printf("Racing moderations on two nodes: %d of 20 answered 409%n", conflicts);
    }

    @Test
    @Order(2)
    void either_node_takes_any_command_reads_its_writes_on_the_other_and_the_survivor_takes_over() {
        assertThat(handledBy()).as("both nodes handle events before one stops").containsExactlyInAnyOrder(
                "node-a", "node-b");

        for (int audit = 0; audit < 24; audit++) {
            boolean bothUp = audit < 12;
            ConfigurableApplicationContext writer = bothUp && audit % 2 == 1 ? nodeB : nodeA;
            ConfigurableApplicationContext reader = bothUp ? (writer == nodeA ? nodeB : nodeA) : nodeA;
            String auditId = scheduleAndJudge(writer, reader, "N" + audit);
            ResponseEntity<JsonNode> agreed = post(reader, "auditor", "/api/audits/" + auditId + "/actions", """
                    {"description":"Update the plan","owner":"TM","team":"Node Team","dueDate":"2018-06-30",
                     "focus":"IMPACT","effectiveOn":"2018-05-21"}""");
            assertThat(agreed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            String actionId = agreed.getBody().get("actionId").asText();
            ResponseEntity<JsonNode> action = get(writer, "/api/actions/" + actionId + "?minPosition="
                    + agreed.getBody().get("position").asLong());
            assertThat(action.getStatusCode()).as("read-your-writes on the other node").isEqualTo(HttpStatus.OK);
            assertThat(action.getBody().get("cohort").asText()).isEqualTo("2018-05");
            if (audit == 11) {
                nodeB.close(); // midway: node B stops; node A claims the segments it releases
            }
        }

        long head = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        assertThat(get(nodeA, "/api/audits?team=Node Team&size=100&minPosition=" + head).getBody()
                .get("total").asLong()).isEqualTo(24 + 10);
        await().atMost(Duration.ofSeconds(60)).until(() -> READ_MODELS.stream()
                .allMatch(readModel -> held(readModel, "node-a") == segments));
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        for (String readModel : READ_MODELS) {
            assertThat(jdbc.queryForList("SELECT event_id FROM test_handled WHERE processor = ? GROUP BY event_id "
                    + "HAVING COUNT(*) > 1", String.class, readModel)).as("%s: events handled twice", readModel)
                    .isEmpty();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM test_handled WHERE processor = ?", Long.class,
                    readModel)).as("%s: events handled", readModel).isEqualTo(events);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM action_version", Long.class)).isEqualTo(24);
    }

    private String scheduleAndJudge(ConfigurableApplicationContext writer, ConfigurableApplicationContext reader,
                                    String child) {
        ResponseEntity<JsonNode> scheduled = post(writer, "qa-lead", "/api/audits", """
                {"auditMonth":"2018-05","childReference":"%s","team":"Node Team","serviceArea":"Safeguarding",
                 "auditType":"CASE_FILE","auditor":"J Smith","dueDate":"2018-05-25","effectiveOn":"2018-05-01"}"""
                .formatted(child));
        assertThat(scheduled.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String auditId = scheduled.getBody().get("auditId").asText();
        ResponseEntity<JsonNode> read = get(reader, "/api/audits/" + auditId + "?minPosition="
                + scheduled.getBody().get("position").asLong());
        assertThat(read.getStatusCode()).as("read-your-writes on the other node").isEqualTo(HttpStatus.OK);
        assertThat(read.getBody().get("childReference").asText()).isEqualTo(child);
        ResponseEntity<JsonNode> judged = post(reader, "auditor", "/api/audits/" + auditId + "/judgements", """
                {"grades":{"OVERALL":"REQUIRES_IMPROVEMENT"},
                 "engagement":{"socialWorker":"ENGAGED","teamManager":"ENGAGED","child":"ATTEMPTED","parent":"ENGAGED"},
                 "summary":"Summary.","effectiveOn":"2018-05-20"}""");
        assertThat(judged.getStatusCode()).isEqualTo(HttpStatus.OK);
        return auditId;
    }

    private int held(String readModel, String node) {
        Integer held = jdbc.queryForObject("SELECT COUNT(*) FROM TokenEntry WHERE processorName = ? AND owner = ?",
                Integer.class, readModel, node);
        return held == null ? 0 : held;
    }

    private List<String> handledBy() {
        return jdbc.queryForList("SELECT DISTINCT node FROM test_handled", String.class);
    }

    private long eventsOf(String aggregateId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", Long.class,
                aggregateId);
    }

    private static ResponseEntity<JsonNode> post(ConfigurableApplicationContext node, String user, String path,
                                                 String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client(node, user).postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static ResponseEntity<JsonNode> get(ConfigurableApplicationContext node, String path) {
        return client(node, "qa-lead").getForEntity(path, JsonNode.class);
    }

    private static TestRestTemplate client(ConfigurableApplicationContext node, String user) {
        String port = node.getEnvironment().getProperty("local.server.port");
        return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port))
                .withBasicAuth(user, "demo");
    }

    private ConfigurableApplicationContext start(String nodeId) {
        return new SpringApplicationBuilder(AuditApplication.class, HandledEvents.class).run(
                "--server.port=0",
                "--case-audit.cluster.node-id=" + nodeId,
                "--case-audit.cluster.heartbeat-interval=300ms",
                "--case-audit.cluster.node-timeout=3s",
                "--case-audit.projections.token-claim-interval=300ms",
                "--case-audit.projections.claim-extension-threshold=300ms",
                "--case-audit.demo-data=false",
                "--case-audit.demo-password-cost=4",
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + TestDatabase.user(),
                "--spring.datasource.password=");
    }

    /** Counts, per read model, each event its processor handles on this node, in the processor's transaction. */
    @Configuration(proxyBeanMethods = false)
    static class HandledEvents {

        @Bean
        AuditsCounter auditsCounter(JdbcTemplate jdbc, @Value("${case-audit.cluster.node-id}") String node) {
            return new AuditsCounter(new Counter("audits", jdbc, node));
        }

        @Bean
        RegisterCounter registerCounter(JdbcTemplate jdbc, @Value("${case-audit.cluster.node-id}") String node) {
            return new RegisterCounter(new Counter("register", jdbc, node));
        }

        @Bean
        ActionTrackerCounter actionTrackerCounter(JdbcTemplate jdbc,
                                                  @Value("${case-audit.cluster.node-id}") String node) {
            return new ActionTrackerCounter(new Counter("action-tracker", jdbc, node));
        }
    }

    record Counter(String processor, JdbcTemplate jdbc, String node) {

        void count(EventMessage<?> event) {
            jdbc.update("INSERT INTO test_handled (processor, event_id, node) VALUES (?, ?, ?)", processor,
                    event.getIdentifier(), node);
        }
    }

    @ProcessingGroup("audits")
    record AuditsCounter(Counter counter) {
        @EventHandler
        void on(Object event, EventMessage<?> message) {
            counter.count(message);
        }
    }

    @ProcessingGroup("register")
    record RegisterCounter(Counter counter) {
        @EventHandler
        void on(Object event, EventMessage<?> message) {
            counter.count(message);
        }
    }

    @ProcessingGroup("action-tracker")
    record ActionTrackerCounter(Counter counter) {
        @EventHandler
        void on(Object event, EventMessage<?> message) {
            counter.count(message);
        }
    }
}
