package uk.caseaudit.benchmark;

import uk.caseaudit.support.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import uk.caseaudit.api.command.CommandResult;
import uk.caseaudit.api.command.CommandSender;
import uk.caseaudit.shared.Actor;

/**
 * Command ingest: {@code clients} threads, each giving its council's commands one after another as fast as answers
 * come (a closed loop), over HTTP with JWTs or in-process through the command gateway. Records the commands answered
 * per second, their latency, and how long after each answer every read model had processed its position (visibility:
 * polled in-process every millisecond from the processors' own status, the test {@code minPosition} applies). Over
 * HTTP a reader also asks {@code GET /api/audits/{id}?minPosition=} right after an answer (read-your-writes).
 */
final class IngestRunner {

    enum Mode { HTTP, GATEWAY }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Service service;
    private final TestTokens tokens;
    private final Map<String, String> tokenByRole = new HashMap<>();

    IngestRunner(Service service, TestTokens tokens) {
        this.service = service;
        this.tokens = tokens;
        for (String role : List.of("QA_LEAD", "AUDITOR", "MODERATOR", "TEAM_MANAGER", "HEAD_OF_SERVICE",
                "IMPROVEMENT_DIRECTOR")) {
            tokenByRole.put(role, tokens.token("bench-" + role.toLowerCase().replace('_', '-'), List.of(role),
                    Instant.now().plus(Duration.ofHours(2))));
        }
    }

    /** What one ingest run measured. */
    record Result(Mode mode, int clients, double seconds, long commands, long errors, double commandsPerSecond,
                  Latencies.Summary latency, Latencies.Summary visibility, Latencies.Summary readYourWrites,
                  double drainSeconds, String firstError) {
    }

    private record Sample(long position, long answeredAt) {
    }

    private record Recent(String auditId, long position, long answeredAt) {
    }

    Result run(Mode mode, int clients, Duration warmup, Duration measure, String runTag) throws InterruptedException {
        Map<String, StreamingEventProcessor> processors = service.processors();
        CommandSender sender = service.bean(CommandSender.class);
        AtomicLong measureFrom = new AtomicLong(Long.MAX_VALUE);
        AtomicLong measureTo = new AtomicLong(Long.MAX_VALUE);
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicReference<Recent> recent = new AtomicReference<>();
        volatileStop = false;

        List<Latencies> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            Latencies mine = new Latencies();
            latencies.add(mine);
            IngestWorkload workload = new IngestWorkload(client, runTag);
            Thread thread = new Thread(() -> {
                try (HttpConnection http = new HttpConnection(service.port)) {
                    while (!volatileStop) {
                        IngestWorkload.Step step = workload.next();
                        long start = System.nanoTime();
                        String createdId;
                        long position;
                        try {
                            if (mode == Mode.HTTP) {
                                HttpConnection.Answer answer = http.post(step.path(), tokenByRole.get(step.role()),
                                        step.json());
                                if (answer.status() / 100 != 2) {
                                    throw new IllegalStateException(step.path() + " answered " + answer.status() + " "
                                            + answer.body());
                                }
                                JsonNode body = JSON.readTree(answer.body());
                                createdId = body.get("id").asText();
                                position = body.get("position").asLong();
                            } else {
                                CommandResult result = sender.send(GenericCommandMessage.asCommandMessage(step.command())
                                        .andMetaData(Map.of(Actor.USER_KEY, "bench-" + step.role().toLowerCase(),
                                                Actor.ROLE_KEY, step.role())));
                                createdId = result.id();
                                position = result.position();
                            }
                        } catch (Exception failure) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, failure.toString());
                            sleepQuietly(50);
                            continue;
                        }
                        long end = System.nanoTime();
                        if (start >= measureFrom.get() && end <= measureTo.get()) {
                            mine.add(end - start);
                            samples.add(new Sample(position, end));
                            recent.set(new Recent(step.auditId() == null ? createdId : step.auditId(), position, end));
                        }
                        workload.answered(step, createdId);
                    }
                }
            }, "bench-ingest-" + client);
            threads.add(thread);
        }

        Latencies visibility = new Latencies();
        Thread probe = new Thread(() -> watchVisibility(processors.values(), samples, visibility), "bench-visibility");
        Latencies readYourWrites = new Latencies();
        Thread reader = new Thread(() -> readYourWrites(recent, readYourWrites), "bench-ryw");

        long started = System.nanoTime();
        threads.forEach(Thread::start);
        probe.start();
        if (mode == Mode.HTTP) {
            reader.start();
        }
        Thread.sleep(warmup.toMillis());
        long from = System.nanoTime();
        measureFrom.set(from);
        Thread.sleep(measure.toMillis());
        long to = System.nanoTime();
        measureTo.set(to);
        volatileStop = true;
        for (Thread thread : threads) {
            thread.join();
        }
        long head = service.head();
        long drainStart = System.nanoTime();
        while (!processors.values().stream().allMatch(p -> Progress.reached(p, head))
                && System.nanoTime() - drainStart < Duration.ofMinutes(5).toNanos()) {
            Thread.sleep(20);
        }
        double drain = (System.nanoTime() - drainStart) / 1e9;
        probeStop = true;
        probe.join();
        reader.join();
        probeStop = false;

        Latencies all = new Latencies();
        latencies.forEach(all::addAll);
        double seconds = (to - from) / 1e9;
        return new Result(mode, clients, seconds, all.count(), errors.get(), all.count() / seconds, all.summary(),
                visibility.summary(), mode == Mode.HTTP ? readYourWrites.summary() : null, drain, firstError.get());
    }

    private volatile boolean volatileStop;
    private volatile boolean probeStop;

    /** Every millisecond: which answered commands' positions every read model has now processed. */
    private void watchVisibility(Collection<StreamingEventProcessor> processors, ConcurrentLinkedQueue<Sample> incoming,
                                 Latencies visibility) {
        List<Sample> pending = new ArrayList<>();
        long stopSeenAt = 0;
        while (true) {
            for (Sample sample = incoming.poll(); sample != null; sample = incoming.poll()) {
                pending.add(sample);
            }
            if (probeStop) {
                if (stopSeenAt == 0) {
                    stopSeenAt = System.nanoTime();
                }
                if (pending.isEmpty() || System.nanoTime() - stopSeenAt > Duration.ofSeconds(30).toNanos()) {
                    return;
                }
            }
            if (!pending.isEmpty()) {
                List<Map<Integer, EventTrackerStatus>> statuses = new ArrayList<>();
                processors.forEach(processor -> statuses.add(processor.processingStatus()));
                long now = System.nanoTime();
                for (Iterator<Sample> it = pending.iterator(); it.hasNext(); ) {
                    Sample sample = it.next();
                    if (statuses.stream().allMatch(status -> Progress.reached(status, sample.position()))) {
                        visibility.add(Math.max(0, now - sample.answeredAt()));
                        it.remove();
                    }
                }
            }
            sleepQuietly(1);
        }
    }

    /** Over HTTP: right after an answer, the audit read with minPosition; the time from that answer to the read's. */
    private void readYourWrites(AtomicReference<Recent> recent, Latencies readYourWrites) {
        String token = tokenByRole.get("QA_LEAD");
        Recent last = null;
        try (HttpConnection http = new HttpConnection(service.port)) {
            while (!volatileStop) {
                Recent target = recent.get();
                if (target == null || target == last) {
                    sleepQuietly(1);
                    continue;
                }
                last = target;
                HttpConnection.Answer answer = http.get("/api/audits/" + target.auditId() + "?minPosition="
                        + target.position(), token);
                if (answer.status() == 200) {
                    readYourWrites.add(System.nanoTime() - target.answeredAt());
                }
            }
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
