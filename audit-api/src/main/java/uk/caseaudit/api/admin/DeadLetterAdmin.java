package uk.caseaudit.api.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;
import uk.caseaudit.api.events.EventTypes;
import uk.caseaudit.api.events.EventTypes.EventType;
import uk.caseaudit.api.problem.NotFound;

/**
 * The read models' dead letters: the events a read model failed to handle, each with the events of the same
 * aggregate parked behind it (a sequence), and what an operator does with them: retry or evict. Letters are read
 * through Axon's queue, never by their payload: the list shows what happened to which event, not the child's record.
 */
@Component
public class DeadLetterAdmin {

    private final EventProcessingConfiguration processing;
    private final EventTypes eventTypes;

    DeadLetterAdmin(EventProcessingConfiguration processing, EventTypes eventTypes) {
        this.processing = processing;
        this.eventTypes = eventTypes;
    }

    /**
     * One dead letter. The cause is that of the latest attempt; a letter parked behind an earlier one of its
     * sequence has none until a retry reaches it.
     */
    public record DeadLetterView(String id, String projection, String sequence, String eventId, String eventType,
                                 Long position, Long aggregateSequenceNumber, Instant enqueuedAt, Instant lastTouched,
                                 String causeType, String causeMessage) {
    }

    /** A retry of a read model's dead letters: how many were handled and left the queue, how many are still there. */
    public record RetryOutcome(String projection, long recovered, long stillDead) {
    }

    /** The read models that park failed events, by name (the guard of open cases of concern does not). */
    public List<String> projections() {
        return processing.eventProcessors().keySet().stream()
                .filter(name -> processing.deadLetterQueue(name).isPresent())
                .sorted()
                .toList();
    }

    /** How many dead letters a read model holds; 0 for one without a queue. */
    public long count(String projection) {
        return processing.deadLetterQueue(projection).map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    /** How many dead letters each read model holds. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        projections().forEach(projection -> counts.put(projection, queue(projection).size()));
        return counts;
    }

    /**
     * The dead letters of one read model, or of all when {@code projection} is null: by read model, then by the
     * position of each sequence's first letter, each sequence in its order.
     */
    public List<DeadLetterView> deadLetters(String projection) {
        List<String> projections = projection == null ? projections() : List.of(projection);
        List<DeadLetterView> letters = new ArrayList<>();
        for (String name : projections) {
            sequences(name).stream()
                    .sorted(Comparator.comparing((List<DeadLetterView> sequence) -> sequence.get(0).position(),
                            Comparator.nullsLast(Comparator.naturalOrder())))
                    .forEach(letters::addAll);
        }
        return letters;
    }

    /**
     * Hands each dead sequence of the read model to its event handlers again, in order. A sequence whose letter
     * fails again stays as it is (the letter's cause and lastTouched are updated); the others go on.
     */
    public RetryOutcome retry(String projection) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projection);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(projection)
                .orElseThrow(() -> new NotFound("read model"));
        long before = queue.size();
        for (String sequence : sequenceIdentifiers(queue)) {
            processor.process(letter -> sequence.equals(jdbc(letter).getSequenceIdentifier()));
        }
        long after = queue.size();
        return new RetryOutcome(projection, Math.max(0, before - after), after);
    }

    /**
     * Removes one letter: its event is never applied to the read model. Evicting the first letter of a sequence
     * leaves the letters behind it dead; the next retry starts with them.
     */
    public void evict(String deadLetterId) {
        for (String projection : projections()) {
            SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projection);
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    if (jdbc(letter).getIdentifier().equals(deadLetterId)) {
                        queue.evict(letter);
                        return;
                    }
                }
            }
        }
        throw new NotFound("dead letter");
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String projection) {
        return processing.deadLetterQueue(projection).orElseThrow(() -> new NotFound("read model"));
    }

    private List<List<DeadLetterView>> sequences(String projection) {
        List<List<DeadLetterView>> sequences = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue(projection).deadLetters()) {
            List<DeadLetterView> letters = new ArrayList<>();
            sequence.forEach(letter -> letters.add(view(projection, letter)));
            if (!letters.isEmpty()) {
                sequences.add(letters);
            }
        }
        return sequences;
    }

    private static List<String> sequenceIdentifiers(SequencedDeadLetterQueue<EventMessage<?>> queue) {
        List<String> identifiers = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> first : sequence) {
                identifiers.add(jdbc(first).getSequenceIdentifier());
                break;
            }
        }
        return identifiers;
    }

    private DeadLetterView view(String projection, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        String payloadType = event.getPayloadType().getName();
        String eventType = eventTypes.ofPayloadType(payloadType).map(EventType::name).orElse(payloadType);
        TrackingToken token = event instanceof TrackedEventMessage<?> tracked ? tracked.trackingToken() : null;
        Long position = token == null || token.position().isEmpty() ? null : token.position().getAsLong();
        Long aggregateSequenceNumber = event instanceof DomainEventMessage<?> domainEvent
                ? domainEvent.getSequenceNumber() : null;
        Cause cause = letter.cause().orElse(null);
        return new DeadLetterView(jdbc(letter).getIdentifier(), projection, jdbc(letter).getSequenceIdentifier(),
                event.getIdentifier(), eventType, position, aggregateSequenceNumber, letter.enqueuedAt(),
                letter.lastTouched(), cause == null ? null : cause.type(), cause == null ? null : cause.message());
    }

    /** The read models' queues are JDBC queues (see ReadModelProcessing), whose letters carry their ids. */
    private static JdbcDeadLetter<?> jdbc(DeadLetter<?> letter) {
        if (letter instanceof JdbcDeadLetter<?> jdbcLetter) {
            return jdbcLetter;
        }
        throw new IllegalStateException("Not a letter of a JDBC dead-letter queue: " + letter.getClass().getName());
    }
}
