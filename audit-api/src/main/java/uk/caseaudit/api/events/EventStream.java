package uk.caseaudit.api.events;

import io.cloudevents.CloudEvent;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live feed as Server-Sent Events: each subscriber has a thread of its own that follows the
 * gap-safe {@link EventFeed} from its position, sends each event (id = its position, so a client
 * resumes with {@code Last-Event-ID}) and a heartbeat comment when idle. A slow or vanished client
 * blocks only its own thread; the number of subscribers is bounded.
 */
@Component
class EventStream implements SmartLifecycle {

    private final EventFeed feed;
    private final Duration poll;
    private final Duration heartbeat;
    private final int maximumSubscribers;
    private final AtomicInteger subscribers = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "event-stream");
        thread.setDaemon(true);
        return thread;
    });

    EventStream(EventFeed feed,
                @Value("${case-audit.stream.poll:500ms}") Duration poll,
                @Value("${case-audit.stream.heartbeat:15s}") Duration heartbeat,
                @Value("${case-audit.stream.max-subscribers:50}") int maximumSubscribers) {
        this.feed = feed;
        this.poll = poll;
        this.heartbeat = heartbeat;
        this.maximumSubscribers = maximumSubscribers;
    }

    /** Opens a stream of the events after {@code after}; refused when too many are open already. */
    SseEmitter open(long after) {
        if (subscribers.incrementAndGet() > maximumSubscribers) {
            subscribers.decrementAndGet();
            throw new TooManySubscribers();
        }
        SseEmitter emitter = new SseEmitter(Duration.ofHours(1).toMillis());
        threads.submit(() -> follow(emitter, after));
        return emitter;
    }

    private void follow(SseEmitter emitter, long after) {
        long position = after;
        Instant lastSent = Instant.now();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                EventFeed.Page page = feed.read(position, 100, List.of(), null);
                for (CloudEvent event : page.events()) {
                    emitter.send(SseEmitter.event().id(Long.toString(EventFeed.position(event))).name(event.getType())
                            .data(feed.toJson(event), MediaType.APPLICATION_JSON));
                }
                position = page.next();
                if (!page.events().isEmpty()) {
                    lastSent = Instant.now();
                } else if (Instant.now().isAfter(lastSent.plus(heartbeat))) {
                    emitter.send(SseEmitter.event().comment("heartbeat"));
                    lastSent = Instant.now();
                }
                if (page.events().isEmpty()) {
                    Thread.sleep(poll.toMillis());
                }
            }
        } catch (IOException | IllegalStateException gone) {
            emitter.completeWithError(gone); // the client went away or the stream timed out
        } catch (InterruptedException stopping) {
            emitter.complete();
            Thread.currentThread().interrupt();
        } finally {
            subscribers.decrementAndGet();
        }
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every stream first thing at shutdown (the highest phase stops first): the web server's
     * graceful shutdown would otherwise wait for these never-ending requests.
     */
    @Override
    public void stop() {
        running = false;
        threads.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    /** More live subscribers than allowed: answered 503 (problem+json) with Retry-After. */
    static class TooManySubscribers extends ResponseStatusException {
        TooManySubscribers() {
            super(HttpStatus.SERVICE_UNAVAILABLE,
                    "Too many live event streams are open; try again later or page through GET /api/events.");
        }

        @Override
        public HttpHeaders getHeaders() {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, "30");
            return headers;
        }
    }
}
