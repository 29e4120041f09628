package uk.caseaudit.api.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.caseaudit.audit.AuditDeclaredInadmissible;
import uk.caseaudit.audit.AuditScheduled;
import uk.caseaudit.audit.AuditType;
import uk.caseaudit.shared.Actor;

/**
 * Appends events through the service's event store, each transaction on a thread of its own and held open until the
 * test commits or rolls it back: commits in a chosen order, holes in the positions made on purpose.
 */
final class HeldAppends implements AutoCloseable {

    private final EventStorageEngine events;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    HeldAppends(EventStorageEngine events, TransactionTemplate transactions, JdbcTemplate jdbc) {
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /** One open transaction that has appended its events: their positions, and what becomes of it. */
    final class Held {

        private final CompletableFuture<List<Long>> positions = new CompletableFuture<>();
        private final SynchronousQueue<Boolean> decision = new SynchronousQueue<>();
        private CompletableFuture<Void> ended;

        List<Long> positions() {
            return positions.join();
        }

        long position() {
            return positions().get(0);
        }

        /** Commits, and waits for the commit; its failure is thrown. */
        void commit() {
            end(true);
        }

        /** Rolls back, and waits for it. */
        void rollBack() {
            end(false);
        }

        private void end(boolean commit) {
            try {
                decision.put(commit);
                ended.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            } catch (TimeoutException e) {
                throw new IllegalStateException("The transaction did not end", e);
            }
        }
    }

    /** A transaction that appends the given events and stays open. */
    Held begin(List<? extends EventMessage<?>> messages) {
        Held held = new Held();
        held.ended = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            events.appendEvents(messages);
            List<Long> positions = new ArrayList<>();
            for (EventMessage<?> message : messages) { // the transaction sees its own events
                positions.add(jdbc.queryForObject("SELECT globalIndex FROM DomainEventEntry WHERE eventIdentifier = ?",
                        Long.class, message.getIdentifier()));
            }
            held.positions.complete(positions);
            try {
                if (!held.decision.take()) {
                    status.setRollbackOnly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status.setRollbackOnly();
            }
        }), threads).whenComplete((done, failure) -> {
            if (failure != null) {
                held.positions.completeExceptionally(failure);
            }
        });
        held.positions();
        return held;
    }

    /** A transaction that appends one new audit's scheduling and stays open. */
    Held begin() {
        return begin(List.of(scheduled(newAuditId())));
    }

    /** Appends one new audit's scheduling, committed; its position. */
    long committed() {
        Held held = begin();
        held.commit();
        return held.position();
    }

    static String newAuditId() {
        return "held-" + UUID.randomUUID();
    }

    /** The first event of an audit no one else uses (January 2015, a team of its own). */
    static EventMessage<?> scheduled(String auditId) {
        return new GenericDomainEventMessage<>("Audit", auditId, 0,
                new AuditScheduled(auditId, YearMonth.of(2015, 1), "H" + auditId.substring(5, 11), "Held appends",
                        "Safeguarding", AuditType.CASE_FILE, "J Smith", LocalDate.of(2015, 1, 25),
                        LocalDate.of(2015, 1, 2)), actor());
    }

    /** The audit's second event. */
    static EventMessage<?> declaredInadmissible(String auditId) {
        return new GenericDomainEventMessage<>("Audit", auditId, 1,
                new AuditDeclaredInadmissible(auditId, YearMonth.of(2015, 1), "H" + auditId.substring(5, 11),
                        "Held appends", "Safeguarding", AuditType.CASE_FILE, "No case file", LocalDate.of(2015, 1, 5)),
                actor());
    }

    private static MetaData actor() {
        return MetaData.with(Actor.USER_KEY, "qa-lead").and(Actor.ROLE_KEY, "QA_LEAD");
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
