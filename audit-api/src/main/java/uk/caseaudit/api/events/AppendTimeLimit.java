package uk.caseaudit.api.events;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event store, with every transaction that appends events bounded in time: it commits within the append time
 * limit of its database timestamp (the {@code appendedAt} every event it appends carries), or it is rolled back.
 * The check runs just before the commit; on PostgreSQL the database checks again at the commit itself (migration
 * {@code V12_1}). This bound is what lets {@link EventFeed} tell a hole in the positions that may still fill from
 * one that never will.
 *
 * <p>The service checks against its own clock: H2 runs in the service's process, so both use the same one.
 */
public class AppendTimeLimit implements EventStorageEngine {

    private final EventStorageEngine events;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Duration limit;
    private final Clock clock;

    public AppendTimeLimit(EventStorageEngine events, JdbcTemplate jdbc, TransactionTemplate transactions,
                           Duration limit, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.limit = limit;
        this.clock = clock;
    }

    /** An appending transaction reached its commit later than the append time limit; nothing of it was stored. */
    public static class AppendTimedOut extends RuntimeException {
        AppendTimedOut(Instant appendedAt, Duration limit, Instant commitAt) {
            super("Events appended at " + appendedAt + " reached their commit at " + commitAt
                    + ", later than the append time limit of " + limit + "; the transaction was rolled back");
        }
    }

    /** What a client is told of a command refused for the time limit. */
    public static final String REFUSAL =
            "Storing the command took longer than the service allows; nothing of it was stored. Send it again.";

    /** The SQLSTATE of PostgreSQL's own refusal (migration V12_1). */
    static final String DATABASE_REFUSAL = "CA001";

    /** Whether a failure is an appending transaction refused at its commit for the time limit, by either check. */
    public static boolean refusedLate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AppendTimedOut
                    || cause instanceof SQLException sql && DATABASE_REFUSAL.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> messages) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            transactions.executeWithoutResult(status -> appendEvents(messages));
            return;
        }
        if (!TransactionSynchronizationManager.hasResource(this)) {
            boundTransaction();
        }
        events.appendEvents(messages);
    }

    /** Reads the transaction's database timestamp and checks it again before the transaction commits. */
    private void boundTransaction() {
        Instant appendedAt = jdbc.queryForObject("SELECT CURRENT_TIMESTAMP", OffsetDateTime.class).toInstant();
        TransactionSynchronizationManager.bindResource(this, appendedAt);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                Instant now = clock.instant();
                if (now.isAfter(appendedAt.plus(limit))) {
                    throw new AppendTimedOut(appendedAt, limit, now);
                }
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(AppendTimeLimit.this);
            }
        });
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        events.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return events.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier) {
        return events.readEvents(aggregateIdentifier);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return events.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return events.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return events.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return events.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return events.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return events.createTokenAt(dateTime);
    }
}
