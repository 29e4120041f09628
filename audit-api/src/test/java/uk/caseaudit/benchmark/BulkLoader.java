package uk.caseaudit.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends generated events in bulk through the service's own event storage engine (Axon's JDBC engine, its
 * serializer and upcasters: the rows are exactly those the service writes), a batch per transaction. Generation runs
 * on its own thread, so serialising and inserting overlap with it.
 */
final class BulkLoader {

    private static final int BATCH = 2_000;
    private static final List<DomainEventMessage<?>> END = List.of();

    private final EventStorageEngine engine;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;

    BulkLoader(Service service) {
        this.engine = service.bean(EventStorageEngine.class);
        this.transactions = new TransactionTemplate(service.bean(PlatformTransactionManager.class));
        this.jdbc = service.jdbc();
    }

    /** What was loaded and how fast. */
    record Loaded(ProgrammeGenerator.Stats stats, double seconds) {
        double eventsPerSecond() {
            return stats.events / seconds;
        }
    }

    Loaded load(ProgrammeGenerator generator) throws InterruptedException {
        BlockingQueue<List<DomainEventMessage<?>>> queue = new ArrayBlockingQueue<>(8);
        ProgrammeGenerator.Stats[] stats = new ProgrammeGenerator.Stats[1];
        RuntimeException[] failure = new RuntimeException[1];
        long start = System.nanoTime();
        Thread producer = new Thread(() -> {
            try {
                List<DomainEventMessage<?>>[] batch = new List[] {new ArrayList<>(BATCH)};
                Consumer<DomainEventMessage<?>> sink = event -> {
                    batch[0].add(event);
                    if (batch[0].size() == BATCH) {
                        put(queue, batch[0]);
                        batch[0] = new ArrayList<>(BATCH);
                    }
                };
                stats[0] = generator.generate(sink);
                if (!batch[0].isEmpty()) {
                    put(queue, batch[0]);
                }
            } catch (RuntimeException e) {
                failure[0] = e;
            } finally {
                put(queue, END);
            }
        }, "benchmark-generator");
        producer.start();
        while (true) {
            List<DomainEventMessage<?>> batch = queue.poll(10, TimeUnit.MINUTES);
            if (batch == null || batch == END) {
                break;
            }
            transactions.executeWithoutResult(status -> engine.appendEvents(batch));
        }
        producer.join();
        if (failure[0] != null) {
            throw failure[0];
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        openCasesGuard(stats[0].openCases);
        return new Loaded(stats[0], seconds);
    }

    /**
     * The guard of one open case per child is kept in the commands' own transactions, which bulk loading bypasses:
     * its rows are written here, as the commands would have left them.
     */
    private void openCasesGuard(Map<String, String> openCases) {
        List<Object[]> rows = new ArrayList<>();
        openCases.forEach((child, caseId) -> rows.add(new Object[] {child, caseId}));
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
            jdbc.batchUpdate("INSERT INTO open_case_of_concern (child_reference, case_of_concern_id) VALUES (?, ?)",
                    chunk);
        }
    }

    private static void put(BlockingQueue<List<DomainEventMessage<?>>> queue, List<DomainEventMessage<?>> batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading", e);
        }
    }
}
