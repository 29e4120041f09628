package uk.caseaudit.durability;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Writer threads sending the commands of audits' lives as their users do (schedule, judgements, an agreed action,
 * its completion, and for one audit in four a case of concern), recording every command the service acknowledged
 * (answered 2xx) with the aggregate, version and event-stream position of its answer.
 */
final class CommandLoad implements AutoCloseable {

    /** The kind of command, and the GET that reads its aggregate back (with the id appended). */
    enum Command {
        SCHEDULE("/api/audits/"), SUBMIT_JUDGEMENTS("/api/audits/"), AGREE_ACTION("/api/actions/"),
        COMPLETE_ACTION("/api/actions/"), RAISE_CASE_OF_CONCERN("/api/cases-of-concern/");

        private final String readPath;

        Command(String readPath) {
            this.readPath = readPath;
        }

        String readPath(String aggregateId) {
            return readPath + aggregateId;
        }
    }

    /** A command the service acknowledged: the event it answered with (aggregate, version, position), and when. */
    record Acknowledged(Command command, String aggregateId, long version, long position, Instant at) {
    }

    private final ServiceClient client;
    private final ExecutorService writers;
    private final List<Future<?>> running = new ArrayList<>();
    private final AtomicBoolean writing = new AtomicBoolean(true);
    private final ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private final AtomicLong serverErrors = new AtomicLong();
    private final Map<String, AtomicLong> refusals = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Instant> failures = new ConcurrentLinkedQueue<>();

    private CommandLoad(ServiceClient client, int writerCount) {
        this.client = client;
        this.writers = Executors.newFixedThreadPool(writerCount);
        for (int writer = 0; writer < writerCount; writer++) {
            int id = writer;
            running.add(writers.submit(() -> write(id)));
        }
    }

    static CommandLoad start(ServiceClient client, int writers) {
        return new CommandLoad(client, writers);
    }

    long acknowledgedCount() {
        return count.get();
    }

    long acknowledgedCount(Predicate<Acknowledged> which) {
        return acknowledged.stream().filter(which).count();
    }

    List<Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** Commands sent that got no answer: the connection was refused or lost, or the answer did not come in time. */
    long unanswered() {
        return unanswered.get();
    }

    long serverErrors() {
        return serverErrors.get();
    }

    /** When a command failed (no answer, or 5xx). */
    List<Instant> failures() {
        return List.copyOf(failures);
    }

    /** Answers 4xx, by status, command and rule: none expected. */
    Map<String, Long> refusals() {
        Map<String, Long> counts = new TreeMap<>();
        refusals.forEach((key, value) -> counts.put(key, value.get()));
        return counts;
    }

    /** Waits until {@code target} commands in all have been acknowledged; false at the deadline. */
    boolean awaitAcknowledged(long target, Duration atMost) throws InterruptedException {
        return awaitAcknowledged(ack -> true, target, atMost);
    }

    /** Waits until {@code target} commands matching {@code which} have been acknowledged; false at the deadline. */
    boolean awaitAcknowledged(Predicate<Acknowledged> which, long target, Duration atMost) throws InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        while (acknowledgedCount(which) < target) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** Stops the writers after the command each is sending. */
    void stop() throws Exception {
        writing.set(false);
        writers.shutdown();
        if (!writers.awaitTermination(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The writers did not stop");
        }
        for (Future<?> writer : running) {
            writer.get(); // a writer's own failure (a bug of the test) fails the test
        }
    }

    @Override
    public void close() {
        writing.set(false);
        writers.shutdownNow();
    }

    /**
     * Takes one audit at a time through its steps, dropping it at the first step not acknowledged (the service was
     * killed, or its database was away): no command is ever repeated, so a refusal (4xx) could only mean that an
     * acknowledged step was lost.
     */
    private Void write(int writer) throws InterruptedException {
        long audits = 0;
        while (writing.get()) {
            audits++;
            String child = "W" + writer + "-" + audits + "-" + System.nanoTime() % 1_000_000;
            boolean inadequate = audits % 4 == 0;
            String grade = inadequate ? "INADEQUATE" : audits % 2 == 0 ? "REQUIRES_IMPROVEMENT" : "GOOD";
            Optional<Acknowledged> scheduled = send(Command.SCHEDULE, "qa-lead", "/api/audits", """
                    {"auditMonth":"2018-05","childReference":"%s","team":"Chelt Assess","serviceArea":"Safeguarding",
                     "auditType":"CASE_FILE","auditor":"J Smith","dueDate":"2018-05-25","effectiveOn":"2018-05-01"}"""
                    .formatted(child));
            if (scheduled.isEmpty()) {
                continue;
            }
            String auditId = scheduled.get().aggregateId();
            if (send(Command.SUBMIT_JUDGEMENTS, "auditor", "/api/audits/" + auditId + "/judgements", """
                    {"grades":{"OVERALL":"%s","SAFETY":"%s"},
                     "engagement":{"socialWorker":"ENGAGED","teamManager":"ATTEMPTED","child":"NOT_APPROPRIATE","parent":"ENGAGED"},
                     "summary":"Audit summary.","effectiveOn":"2018-05-20"}""".formatted(grade, grade)).isEmpty()) {
                continue;
            }
            Optional<Acknowledged> agreed = send(Command.AGREE_ACTION, "auditor", "/api/audits/" + auditId + "/actions",
                    """
                    {"description":"Complete a risk assessment","owner":"TM Chelt Assess","team":"Chelt Assess",
                     "dueDate":"2018-06-15","focus":"IMPACT","effectiveOn":"2018-05-26"}""");
            if (agreed.isEmpty()) {
                continue;
            }
            if (send(Command.COMPLETE_ACTION, "team-manager", "/api/actions/" + agreed.get().aggregateId()
                    + "/completion", "{\"note\":\"Done.\",\"effectiveOn\":\"2018-06-" + (10 + audits % 15) + "\"}")
                    .isEmpty()) {
                continue;
            }
            if (inadequate) {
                send(Command.RAISE_CASE_OF_CONCERN, "head-of-service", "/api/cases-of-concern", """
                        {"auditId":"%s","childReference":"%s","category":"CATEGORY_1","concerns":"Risk not assessed.",
                         "worker":"SW 014","effectiveOn":"2018-05-26"}""".formatted(auditId, child));
            }
        }
        return null;
    }

    private Optional<Acknowledged> send(Command command, String user, String path, String body)
            throws InterruptedException {
        if (!writing.get()) {
            return Optional.empty();
        }
        ServiceClient.Answer answer;
        try {
            answer = client.post(user, path, body);
        } catch (IOException noAnswer) {
            unanswered.incrementAndGet();
            failures.add(Instant.now());
            Thread.sleep(50); // the service is down: do not spin
            return Optional.empty();
        }
        if (answer.acknowledged()) {
            Acknowledged ack = new Acknowledged(command, answer.body().get("id").asText(),
                    answer.body().get("version").asLong(), answer.body().get("position").asLong(), Instant.now());
            acknowledged.add(ack);
            count.incrementAndGet();
            return Optional.of(ack);
        }
        if (answer.status() >= 500) {
            serverErrors.incrementAndGet();
            failures.add(Instant.now());
            Thread.sleep(20);
        } else {
            String why = answer.body() == null ? ""
                    : answer.body().path("rule").asText(answer.body().path("title").asText());
            refusals.computeIfAbsent(answer.status() + " " + command + " " + why, key -> new AtomicLong())
                    .incrementAndGet();
        }
        return Optional.empty();
    }
}
