package uk.caseaudit.projection.readmodel.axon;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The event store as the read models' processors read it, but prompt. Axon's pooled processor looks for new events
 * every 500 ms when its stream cannot call it back, and the embedded event store's streams cannot: every event would
 * reach the read models up to half a second late. These streams can: they call back as soon as a command's events
 * are committed on this node, and every {@code poll} besides (another node's events, which the event store reads
 * every fetch delay). The processor then looks for events at once; it reads them through the event store as before.
 */
final class PromptEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    private final Duration poll;
    private StreamableMessageSource<TrackedEventMessage<?>> eventStore;
    private final Set<PromptStream> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "prompt-event-source");
        thread.setDaemon(true);
        return thread;
    });

    PromptEventSource(Duration poll) {
        this.poll = poll;
    }

    /** This source over the event store, which it starts watching on first use (every processor shares it). */
    synchronized PromptEventSource over(EventStore store) {
        if (eventStore == null) {
            eventStore = store;
            store.subscribe(events -> {
                if (CurrentUnitOfWork.isStarted()) {
                    CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> eventsAvailable());
                } else {
                    eventsAvailable();
                }
            });
            poller.scheduleWithFixedDelay(this::eventsAvailable, poll.toMillis(), poll.toMillis(),
                    TimeUnit.MILLISECONDS);
        } else if (eventStore != store) {
            throw new IllegalStateException("The read models read one event store");
        }
        return this;
    }

    /** Calls back every stream waiting for events. */
    private void eventsAvailable() {
        open.forEach(PromptStream::callBack);
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        PromptStream stream = new PromptStream(eventStore.openStream(token));
        open.add(stream);
        return stream;
    }

    @Override
    public TrackingToken createTailToken() {
        return eventStore.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return eventStore.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return eventStore.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return eventStore.createTokenSince(duration);
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }

    /** One processor's stream of the event store, which calls its processor back when events may be there. */
    private final class PromptStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> events;
        private volatile Runnable callback;

        PromptStream(BlockingStream<TrackedEventMessage<?>> events) {
            this.events = events;
        }

        void callBack() {
            Runnable waiting = callback;
            if (waiting != null) {
                waiting.run();
            }
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return events.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return events.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return events.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            events.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            open.remove(this);
            events.close();
        }
    }
}
