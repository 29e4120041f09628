package uk.caseaudit.api.config;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.caseaudit.action.AuditAction;
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
     * Every read model runs on a pooled streaming processor, so it can be replayed; a batch of
     * events shares one transaction.
     */
    @Bean
    ConfigurerModule pooledStreamingProcessors(@Value("${case-audit.projections.batch-size}") int batchSize) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors((config, builder) -> builder.batchSize(batchSize)));
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

    /** Copies the actor of a command into the metadata of every event it causes. */
    @Bean
    CorrelationDataProvider actorProvider() {
        return new SimpleCorrelationDataProvider(Actor.USER_KEY, Actor.ROLE_KEY);
    }

    /**
     * Correlation id: the first message of a chain (kept along it); causation id: the message
     * that directly caused this one.
     */
    @Bean
    CorrelationDataProvider correlationAndCausationProvider() {
        return message -> {
            Map<String, Object> data = new HashMap<>();
            data.put(Actor.CORRELATION_KEY,
                    message.getMetaData().getOrDefault(Actor.CORRELATION_KEY, message.getIdentifier()));
            data.put(Actor.CAUSATION_KEY, message.getIdentifier());
            return data;
        };
    }
}
