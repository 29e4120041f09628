package uk.caseaudit.api.config;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Qualifier;
import org.axonframework.serialization.Serializer;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.caseaudit.action.AuditAction;
import uk.caseaudit.api.events.AppendTimeLimit;
import uk.caseaudit.audit.Audit;
import uk.caseaudit.concern.CaseOfConcern;
import uk.caseaudit.projection.opencases.OpenCaseOfConcernGuard;
import uk.caseaudit.shared.Actor;

/** Axon without Axon Server: aggregates, event processors and the metadata every event carries. */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /** The council's clock: "today" for every effective date is a day in Europe/London. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }

    /** The aggregates live in audit-domain, which knows no Spring; they are registered here. */
    @Bean
    ConfigurerModule aggregates() {
        return configurer -> configurer
                .configureAggregate(Audit.class)
                .configureAggregate(CaseOfConcern.class)
                .configureAggregate(AuditAction.class);
    }

    /**
     * The guard of "one open case of concern per child" runs inside each command's transaction and
     * its failure refuses the command (see {@link OpenCaseOfConcernGuard}).
     */
    @Bean
    ConfigurerModule openCaseOfConcernGuardProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(OpenCaseOfConcernGuard.NAME)
                .registerListenerInvocationErrorHandler(OpenCaseOfConcernGuard.NAME,
                        config -> PropagatingErrorHandler.instance()));
    }

    /**
     * Axon's JDBC event store, as its Spring Boot starter builds it (the starter leaves it out once the
     * application builds the event store itself, below), with every appending transaction bounded in time
     * (see {@link AppendTimeLimit}).
     */
    @Bean
    EventStorageEngine eventStorageEngine(@Qualifier("serializer") Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          org.axonframework.config.Configuration axon, ConnectionProvider connections,
                                          TransactionManager transactions, JdbcTemplate jdbc,
                                          TransactionTemplate transactionTemplate,
                                          @Value("${case-audit.events.append-timeout}") Duration appendTimeout) {
        return new AppendTimeLimit(JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .snapshotFilter(axon.snapshotFilter())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(EventSchema.builder().build()) // Axon's own DomainEventEntry table (migration V1)
                .build(), jdbc, transactionTemplate, appendTimeout, Clock.systemUTC());
    }

    /**
     * Axon's embedded event store, as its Spring Boot starter builds it, but for how often its reader polls the
     * database when no event is new: events appended on this node wake it at once, those of another node only at
     * the next poll, so this is what read-your-writes across nodes costs (Axon's default is 1 s).
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon,
                                  @Value("${case-audit.event-store.fetch-delay}") Duration fetchDelay) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis())
                .build();
    }

    /** An append refused on a unique key is a concurrency conflict (409), not a failure (see the class). */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateEventResolver();
    }

    /** Copies the actor of a command into the metadata of every event it causes. */
    @Bean
    CorrelationDataProvider actorProvider() {
        return fromCommandsOnly(new SimpleCorrelationDataProvider(Actor.USER_KEY, Actor.ROLE_KEY));
    }

    /**
     * Correlation id: the first message of a chain (kept along it); causation id: the message
     * that directly caused this one.
     */
    @Bean
    CorrelationDataProvider correlationAndCausationProvider() {
        return fromCommandsOnly(message -> {
            Map<String, Object> data = new HashMap<>();
            data.put(Actor.CORRELATION_KEY,
                    message.getMetaData().getOrDefault(Actor.CORRELATION_KEY, message.getIdentifier()));
            data.put(Actor.CAUSATION_KEY, message.getIdentifier());
            return data;
        });
    }

    /**
     * Correlation data is taken from commands only. Only commands cause messages here (the events their aggregates
     * apply); an event handler causes none, yet Axon asks the providers about every event a read model handles, and
     * reading an event's metadata parses its JSON, a large share of a read model's rebuild time.
     */
    private static CorrelationDataProvider fromCommandsOnly(CorrelationDataProvider provider) {
        return message -> message instanceof CommandMessage<?> ? provider.correlationDataFor(message) : Map.of();
    }
}
