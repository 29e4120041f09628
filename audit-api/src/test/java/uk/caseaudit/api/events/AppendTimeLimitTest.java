package uk.caseaudit.api.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.support.TransactionTemplate;
import uk.caseaudit.support.IntegrationTest;
import uk.caseaudit.support.TestDatabase;

/**
 * Every transaction that appends events commits within the append time limit of its timestamp, or not at all: the
 * service checks before the commit, PostgreSQL again at the commit.
 */
class AppendTimeLimitTest extends IntegrationTest {

    @Autowired
    private EventStorageEngine events;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private DataSource dataSource;
    @Value("${case-audit.events.append-timeout}")
    private Duration appendTimeout;

    @Test
    void the_event_store_stamps_each_event_with_its_transactions_database_time() {
        EventMessage<?> event = HeldAppends.scheduled(HeldAppends.newAuditId());
        var stamps = transactions.execute(status -> {
            var before = jdbc.queryForObject("SELECT CURRENT_TIMESTAMP", java.time.OffsetDateTime.class);
            events.appendEvents(List.of(event));
            return before;
        });
        assertThat(jdbc.queryForObject("SELECT appendedAt FROM DomainEventEntry WHERE eventIdentifier = ?",
                java.time.OffsetDateTime.class, event.getIdentifier()).toInstant()).isEqualTo(stamps.toInstant());
    }

    @Test
    void a_transaction_reaching_its_commit_later_than_the_limit_is_rolled_back_and_stores_nothing() {
        // The same store, checked on a clock that has moved one second past the limit since the append.
        AppendTimeLimit late = new AppendTimeLimit(events, jdbc, transactions, appendTimeout,
                Clock.offset(Clock.systemUTC(), appendTimeout.plusSeconds(1)));
        EventMessage<?> event = HeldAppends.scheduled(HeldAppends.newAuditId());
        long before = eventCount();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> late.appendEvents(List.of(event))))
                .isInstanceOf(AppendTimeLimit.AppendTimedOut.class)
                .satisfies(refused -> assertThat(AppendTimeLimit.refusedLate(refused)).isTrue());

        assertThat(eventCount()).isEqualTo(before);
        assertThat(stored(event.getIdentifier())).isZero();
    }

    @Test
    void an_append_outside_any_transaction_is_bounded_in_a_transaction_of_its_own() {
        AppendTimeLimit late = new AppendTimeLimit(events, jdbc, transactions, appendTimeout,
                Clock.offset(Clock.systemUTC(), appendTimeout.plusSeconds(1)));
        EventMessage<?> event = HeldAppends.scheduled(HeldAppends.newAuditId());

        assertThatThrownBy(() -> late.appendEvents(List.of(event))).isInstanceOf(AppendTimeLimit.AppendTimedOut.class);
        assertThat(stored(event.getIdentifier())).isZero();

        EventMessage<?> inTime = HeldAppends.scheduled(HeldAppends.newAuditId());
        events.appendEvents(List.of(inTime));
        assertThat(stored(inTime.getIdentifier())).isOne();
    }

    /** Whoever appends: here a plain connection, no service in between, with a limit of 200 ms for its session. */
    @Test
    void postgresql_itself_refuses_to_commit_events_appended_longer_ago_than_the_limit() throws Exception {
        assumeThat(TestDatabase.isPostgres()).as("PostgreSQL's own check").isTrue();
        String lateId = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL case_audit.append_timeout = '200ms'");
            }
            insert(connection, lateId);
            waitUntilOlderThan(connection, Duration.ofMillis(200));
            assertThatThrownBy(connection::commit).isInstanceOf(SQLException.class)
                    .satisfies(refused -> assertThat(((SQLException) refused).getSQLState()).isEqualTo("CA001"))
                    .satisfies(refused -> assertThat(AppendTimeLimit.refusedLate(refused)).isTrue());
            connection.rollback();
        }
        assertThat(stored(lateId)).isZero();
    }

    /** A row of the store's shape (never committed here). */
    private static void insert(Connection connection, String eventId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO DomainEventEntry (aggregateIdentifier,"
                + " sequenceNumber, type, eventIdentifier, metaData, payload, payloadRevision, payloadType, timeStamp)"
                + " VALUES (?, 0, 'Test', ?, NULL, ?, NULL, 'uk.caseaudit.test.NotAnEvent',"
                + " '2026-01-01T00:00:00.000Z')")) {
            insert.setString(1, "limit-" + eventId);
            insert.setString(2, eventId);
            insert.setBytes(3, "{}".getBytes());
            insert.executeUpdate();
        }
    }

    /** Waits (on the database's clock) until the transaction is older than the given time. */
    private static void waitUntilOlderThan(Connection connection, Duration age) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try (Statement statement = connection.createStatement();
                 ResultSet old = statement.executeQuery("SELECT clock_timestamp() > now() + interval '"
                         + age.toMillis() + " milliseconds'")) {
                old.next();
                if (old.getBoolean(1)) {
                    return;
                }
            }
            assertThat(System.nanoTime()).as("the transaction grew old").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private long stored(String eventId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE eventIdentifier = ?", Long.class,
                eventId);
    }
}
