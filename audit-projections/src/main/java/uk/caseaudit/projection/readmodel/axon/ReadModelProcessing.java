package uk.caseaudit.projection.readmodel.axon;

import java.time.Duration;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.transaction.PlatformTransactionManager;
import uk.caseaudit.projection.readmodel.BatchPolicy;
import uk.caseaudit.projection.readmodel.ReadModels;

/**
 * How the read models' event processors run, in Axon terms; the rest of the service reaches none of this.
 *
 * <p>Every read model runs on a pooled streaming processor, so it can be replayed; a batch of events shares one
 * transaction. A segment with no event of its own stores its token every claim-extension threshold (so other nodes see
 * how far it is); free segments are claimed every token-claim interval (so a node takes over a stopped or dead node's
 * segments soon). The processors read the event store through a {@link PromptEventSource}, so that an event reaches
 * them at once rather than at their next look.
 *
 * <p>Dead letters: an event a read model fails to handle is parked in Axon's sequenced dead-letter queue (table
 * {@code DeadLetterEntry}, created by Flyway) and the read model goes on with the other events. The later events of
 * the same aggregate (the same sequence) are parked behind it, so they are never applied out of order. Nothing is
 * retried automatically: an operator retries or evicts through {@code /api/admin/dead-letters}.
 *
 * <p>Only the read models' processors have a queue: a subscribing processor (the guard of open cases of concern) runs
 * in the command's transaction and its failure must keep refusing the command.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class ReadModelProcessing {

    private static final Logger log = LoggerFactory.getLogger(ReadModelProcessing.class);

    /**
     * At most this many aggregates may be dead in one read model. More means something is wrong with every event
     * (a broken migration, say): the read model then stops at the next failure rather than park the whole stream.
     */
    public static final int MAX_SEQUENCES = 256;

    /** At most this many letters per aggregate (the failed event and those parked behind it). */
    public static final int MAX_SEQUENCE_SIZE = 1024;

    /** The read models' pooled streaming processors. */
    @Bean
    ConfigurerModule pooledStreamingProcessors(
            PromptEventSource events,
            @Value("${case-audit.projections.segments}") int segments,
            @Value("${case-audit.projections.batch-size}") int batchSize,
            @Value("${case-audit.projections.claim-extension-threshold}") Duration claimExtensionThreshold,
            @Value("${case-audit.projections.token-claim-interval}") Duration tokenClaimInterval) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors((config, builder) -> builder
                        .messageSource(events.over(config.eventStore()))
                        .initialSegmentCount(segments)
                        .batchSize(batchSize)
                        .claimExtensionThreshold(claimExtensionThreshold.toMillis())
                        .tokenClaimInterval(tokenClaimInterval.toMillis())));
    }

    /** The event store as the read models read it; see {@link PromptEventSource}. */
    @Bean
    PromptEventSource promptEventSource(@Value("${case-audit.event-store.fetch-delay}") Duration poll) {
        return new PromptEventSource(poll);
    }

    /**
     * A {@link JdbcSequencedDeadLetterQueue} per read model, on the connections of the Spring transaction the
     * processor runs in (Axon's {@code ConnectionProvider} bean), so a letter is stored with the token that passes
     * its event, or not at all. The per-aggregate sequencing policy stays Axon's default.
     */
    @Bean
    ConfigurerModule deadLetterQueues(ConnectionProvider connections, TransactionManager transactions,
                                      DeadLetterSchema schema, ReadModels readModels) {
        return configurer -> configurer.eventProcessing(processing -> readModels.names().forEach(readModel -> processing
                .registerDeadLetterQueue(readModel, config -> JdbcSequencedDeadLetterQueue.builder()
                        .processingGroup(readModel)
                        .connectionProvider(connections)
                        .transactionManager(transactions)
                        .schema(schema)
                        .genericSerializer(config.serializer())
                        .eventSerializer(config.eventSerializer())
                        .maxSequences(MAX_SEQUENCES)
                        .maxSequenceSize(MAX_SEQUENCE_SIZE)
                        .build())
                .registerDeadLetterPolicy(readModel, config -> enqueuePolicy(readModel, config))
                // A replay (reset) empties the read model's queue too: every event is handled afresh.
                // The cache spares a query per event while a segment has no dead sequence.
                .registerDeadLetteringEventHandlerInvokerConfiguration(readModel, (config, invoker) -> invoker
                        .allowReset(true)
                        .enableSequenceIdentifierCache())));
    }

    /**
     * Each read model's event handlers run in a savepoint, so a failed handler leaves nothing half-written and the
     * processor's transaction usable for the letter and the rest of the batch (see {@link EventHandlerSavepoints}),
     * whenever they write one at a time (see {@link BatchPolicy}).
     */
    @Bean
    HandlerEnhancerDefinition readModelHandlersInSavepoints(PlatformTransactionManager transactions,
                                                            BatchPolicy writes, ReadModels readModels) {
        return new EventHandlerSavepoints(readModels.names(), transactions, writes);
    }

    /**
     * Parks every failed event (and keeps a letter whose retry failed). The cause kept is the exception's type and
     * the database's own words (see {@link #causeMessage}) rather than Spring's copy of the SQL. The log line names
     * the event and the aggregate but holds neither the payload nor the message, which can quote a child's record.
     */
    private static EnqueuePolicy<EventMessage<?>> enqueuePolicy(String readModel, Configuration config) {
        return (letter, failure) -> {
            EventMessage<?> event = letter.message();
            String sequence = event instanceof DomainEventMessage<?> domainEvent
                    ? domainEvent.getAggregateIdentifier() : event.getIdentifier();
            boolean retried = letter instanceof JdbcDeadLetter; // a letter read back from the queue
            if (!retried && queue(readModel, config).isFull(sequence)) {
                // Axon's own overflow exception would quote the whole event, payload included, in the log.
                throw new IllegalStateException("The dead-letter queue of read model " + readModel + " is full ("
                        + MAX_SEQUENCES + " aggregates); it stops here until letters are retried or evicted.");
            }
            log.warn("Read model {} could not handle event {} of aggregate {} ({}); {}", readModel,
                    event.getIdentifier(), sequence, failure.getClass().getName(),
                    retried ? "it stays a dead letter" : "it is now a dead letter");
            return Decisions.enqueue(new ThrowableCause(failure.getClass().getName(), causeMessage(failure)));
        };
    }

    private static SequencedDeadLetterQueue<EventMessage<?>> queue(String readModel, Configuration config) {
        return config.eventProcessingConfiguration().deadLetterQueue(readModel).orElseThrow();
    }

    /**
     * The first line of the innermost cause's message, at most 1023 characters (the column's size). PostgreSQL puts
     * the whole refused row on a second line ("Detail: Failing row contains ..."): a child's record, left out.
     */
    private static String causeMessage(Throwable failure) {
        String message = NestedExceptionUtils.getMostSpecificCause(failure).getMessage();
        if (message == null) {
            return null;
        }
        String firstLine = message.lines().findFirst().orElse("").strip();
        return firstLine.substring(0, Math.min(firstLine.length(), ThrowableCause.TRUNCATED_MESSAGE_SIZE));
    }
}
