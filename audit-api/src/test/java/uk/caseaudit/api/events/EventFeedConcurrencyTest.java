package uk.caseaudit.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.support.TransactionTemplate;
import uk.caseaudit.audit.AuditDeclaredInadmissible;
import uk.caseaudit.support.IntegrationTest;

/**
 * Many writers whose transactions commit out of order (each held open a few milliseconds, some rolled back), and
 * readers following {@code next} with different page sizes, starting points and filters, over HTTP and in process,
 * and a subscriber of the live stream: each gets every committed event after its start exactly once, in order.
 */
class EventFeedConcurrencyTest extends IntegrationTest {

    private static final int WRITERS = 12;
    private static final int TRANSACTIONS_EACH = 250;
    /**
     * Each writer's last transactions roll back: holes that never fill, which readers pass once the gap wait is over.
     * (Earlier, they would hold the readers back that long, far from the holes still open at the head.)
     */
    private static final int ROLLED_BACK_AT_THE_END = 3;
    private static final String INADMISSIBLE = AuditDeclaredInadmissible.class.getName();

    @Autowired
    private EventStorageEngine events;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private EventFeed feed;
    @Value("${local.server.port}")
    private int port;

    /** What one reader was given, page by page. */
    private static final class Reader {
        final List<Long> positions = new ArrayList<>();
        final AtomicLong next = new AtomicLong();
        long start;
    }

    @Test
    void readers_following_next_get_every_committed_event_once_in_order_while_twelve_writers_commit_out_of_order()
            throws Exception {
        long start = head();
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS + 5);
        AtomicInteger committedEvents = new AtomicInteger();
        AtomicInteger rolledBackEvents = new AtomicInteger();
        CountDownLatch halfWritten = new CountDownLatch(WRITERS);
        List<CompletableFuture<?>> writing = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writing.add(CompletableFuture.runAsync(() -> {
                for (int t = 0; t < TRANSACTIONS_EACH; t++) {
                    if (t == TRANSACTIONS_EACH / 2) {
                        halfWritten.countDown();
                    }
                    boolean rollBack = t >= TRANSACTIONS_EACH - ROLLED_BACK_AT_THE_END;
                    (rollBack ? rolledBackEvents : committedEvents).addAndGet(write(rollBack));
                }
            }, threads));
        }
        AtomicLong finalHead = new AtomicLong(Long.MAX_VALUE);

        Reader sevens = new Reader();
        Reader fifties = new Reader();
        Reader resumed = new Reader();
        Reader filtered = new Reader();
        Reader live = new Reader();
        List<CompletableFuture<?>> reading = List.of(
                CompletableFuture.runAsync(() -> follow(sevens, start, finalHead,
                        after -> feed.read(after, 7, List.of(), null)), threads),
                CompletableFuture.runAsync(() -> follow(fifties, start, finalHead, this::overHttp), threads),
                CompletableFuture.runAsync(() -> {
                    await(halfWritten);
                    // Another client picks up the cursor the first reader holds now.
                    follow(resumed, sevens.next.get(), finalHead, after -> feed.read(after, 200, List.of(), null));
                }, threads),
                CompletableFuture.runAsync(() -> follow(filtered, start, finalHead,
                        after -> feed.read(after, 1000, List.of(INADMISSIBLE), null)), threads),
                CompletableFuture.runAsync(() -> stream(live, start, finalHead), threads));

        CompletableFuture.allOf(writing.toArray(CompletableFuture[]::new)).get(3, TimeUnit.MINUTES);
        finalHead.set(jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class));
        CompletableFuture.allOf(reading.toArray(CompletableFuture[]::new)).get(3, TimeUnit.MINUTES);
        threads.shutdown();

        List<Long> stored = storedAfter(start, "");
        // Every committed event is in the store, none of the rolled-back ones (no other test writes meanwhile).
        assertThat(stored).as("%d committed, %d rolled back", committedEvents.get(), rolledBackEvents.get())
                .hasSize(committedEvents.get());
        assertThat(stored.size()).as("thousands of events").isGreaterThan(2_000);
        assertThat(rolledBackEvents.get()).isPositive();
        assertGot("pages of 7", sevens, stored);
        assertGot("pages of 50 over HTTP", fifties, stored);
        assertGot("pages of 200, resumed from the first reader's cursor", resumed, storedAfter(resumed.start, ""));
        List<Long> inadmissible = storedAfter(start, " AND payloadType = '" + INADMISSIBLE + "'");
        assertThat(inadmissible).isNotEmpty();
        assertGot("inadmissible audits, pages of 1000", filtered, inadmissible);
        assertGot("the live stream over HTTP", live, stored);
    }

    /** The reader got exactly the stored events, in order; if not, which it missed and which it got twice. */
    private static void assertGot(String reader, Reader got, List<Long> stored) {
        Set<Long> seen = new HashSet<>();
        List<Long> repeated = got.positions.stream().filter(position -> !seen.add(position)).toList();
        List<Long> missed = stored.stream().filter(position -> !seen.contains(position)).toList();
        assertThat(got.positions).as("%s from %d: missed %s, got twice %s, %d events", reader, got.start, missed,
                repeated, stored.size()).isEqualTo(stored);
    }

    /**
     * One transaction of one to three events (one or two audits), held open up to 20 ms, after up to 10 ms of
     * thought (so readers keep up with the writers and read where holes are still open); how many events it
     * appended.
     */
    private int write(boolean rollBack) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String audit = HeldAppends.newAuditId();
        List<EventMessage<?>> messages = switch (random.nextInt(3)) {
            case 0 -> List.of(HeldAppends.scheduled(audit));
            case 1 -> List.of(HeldAppends.scheduled(audit), HeldAppends.declaredInadmissible(audit));
            default -> {
                String other = HeldAppends.newAuditId();
                yield List.of(HeldAppends.scheduled(audit), HeldAppends.scheduled(other),
                        HeldAppends.declaredInadmissible(other));
            }
        };
        long hold = random.nextLong(20);
        pause(random.nextLong(10));
        transactions.executeWithoutResult(status -> {
            events.appendEvents(messages);
            pause(hold); // the rest of a command's work, while its positions are taken
            if (rollBack) {
                status.setRollbackOnly();
            }
        });
        return messages.size();
    }

    /** Follows next from {@code after} until it reaches the head the writers left; each page's events in order. */
    private static void follow(Reader reader, long after, AtomicLong finalHead, LongFunction<EventFeed.Page> page) {
        reader.start = after;
        reader.next.set(after);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (reader.next.get() < finalHead.get()) {
            assertThat(System.nanoTime()).as("the reader reached the head").isLessThan(deadline);
            EventFeed.Page answer = page.apply(reader.next.get());
            answer.events().forEach(event -> reader.positions.add(EventFeed.position(event)));
            assertThat(answer.next()).isGreaterThanOrEqualTo(reader.next.get());
            if (answer.next() == reader.next.get()) {
                pause(1); // nothing new yet, or a hole that may still fill: ask again shortly, as a client would
            }
            reader.next.set(answer.next());
        }
    }

    /** Follows the live stream (Server-Sent Events) from {@code after} until the head the writers left. */
    private void stream(Reader reader, long after, AtomicLong finalHead) {
        reader.start = after;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/events/stream?after="
                        + after))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "integrator:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream").build();
        try {
            HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(stream.statusCode()).isEqualTo(200);
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("id:")) {
                        long position = Long.parseLong(line.substring(3).trim());
                        reader.positions.add(position);
                        reader.next.set(position);
                        if (position >= finalHead.get()) {
                            return;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A page over HTTP, as an integrator reads it, rebuilt as the positions it holds. */
    private EventFeed.Page overHttp(long after) {
        JsonNode page = as("integrator").getForObject("/api/events?after={a}&limit=50", JsonNode.class, after);
        List<io.cloudevents.CloudEvent> positions = new ArrayList<>();
        page.get("events").forEach(event -> positions.add(io.cloudevents.core.builder.CloudEventBuilder.v1()
                .withId(event.get("id").asText()).withSource(EventFeed.SOURCE).withType(event.get("type").asText())
                .withExtension("position", event.get("position").asLong()).build()));
        return new EventFeed.Page(positions, page.get("next").asLong(), page.get("head").asLong());
    }

    private List<Long> storedAfter(long start, String condition) {
        return jdbc.queryForList("SELECT globalIndex FROM DomainEventEntry WHERE globalIndex > ?" + condition
                + " ORDER BY globalIndex", Long.class, start);
    }

    private long head() {
        Long head = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        return head == null ? 0 : head;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(2, TimeUnit.MINUTES)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
