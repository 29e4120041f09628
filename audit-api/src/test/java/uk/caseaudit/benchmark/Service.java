package uk.caseaudit.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.caseaudit.AuditApplication;
import uk.caseaudit.support.ReadModelNames;

/**
 * The service, started in this JVM as production runs it: JWT authentication (the benchmark's identity provider),
 * no demo users or data, the {@code postgres} profile on PostgreSQL and the embedded default on H2, on a free port.
 */
final class Service implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final boolean postgres;
    final int port;

    private Service(ConfigurableApplicationContext context, boolean postgres) {
        this.context = context;
        this.postgres = postgres;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Starts the service on {@code database}, with {@code overrides} on top of its own configuration. */
    static Service start(BenchDatabase database, Path publicKey, Map<String, String> overrides) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        Map<String, String> properties = new LinkedHashMap<>();
        if (database.kind == BenchDatabase.Kind.POSTGRES) {
            properties.put("spring.profiles.active", "postgres");
        }
        properties.put("spring.datasource.url", database.url);
        properties.put("spring.datasource.username", database.user);
        properties.put("spring.datasource.password", "");
        properties.put("server.port", "0");
        properties.put("case-audit.demo-data", "false");
        properties.put("case-audit.demo-users", "false");
        properties.put("case-audit.security.authentication", "jwt");
        properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location",
                "file:" + publicKey.toAbsolutePath());
        properties.put("case-audit.cluster.node-id", "benchmark");
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        properties.putAll(overrides);
        List<String> arguments = new ArrayList<>();
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        ConfigurableApplicationContext context = SpringApplication.run(AuditApplication.class,
                arguments.toArray(String[]::new));
        Progress.segments = context.getEnvironment().getRequiredProperty("case-audit.projections.segments", Integer.class);
        return new Service(context, database.kind == BenchDatabase.Kind.POSTGRES);
    }

    boolean isPostgres() {
        return postgres;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    Object beanNamed(String name) {
        return context.getBean(name);
    }

    JdbcTemplate jdbc() {
        return bean(JdbcTemplate.class);
    }

    /** The read models' processors, by name. */
    Map<String, StreamingEventProcessor> processors() {
        EventProcessingConfiguration processing = bean(EventProcessingConfiguration.class);
        Map<String, StreamingEventProcessor> processors = new LinkedHashMap<>();
        for (String name : ReadModelNames.ALL) {
            processors.put(name, processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow());
        }
        return processors;
    }

    void stopProcessors() {
        processors().values().forEach(processor -> processor.shutdownAsync().join());
    }

    long head() {
        Long head = jdbc().queryForObject("SELECT COALESCE(MAX(globalIndex), 0) FROM DomainEventEntry", Long.class);
        return head == null ? 0 : head;
    }

    @Override
    public void close() {
        context.close();
    }
}
