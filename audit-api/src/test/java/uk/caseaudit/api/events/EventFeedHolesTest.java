package uk.caseaudit.api.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import uk.caseaudit.support.IntegrationTest;

/**
 * The feed's rule for holes, with transactions held open and committed in a chosen order: a page never passes a hole
 * that may still fill, whatever commits while it is read, and passes one only once an event above it is older than
 * the gap wait.
 */
class EventFeedHolesTest extends IntegrationTest {

    @Autowired
    private EventStorageEngine events;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private EventTypes types;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private Configuration axon;
    @Autowired
    private EventFeed feed;
    @Value("${case-audit.feed.gap-wait}")
    private Duration gapWait;

    private HeldAppends appends;

    @BeforeEach
    void appends() {
        appends = new HeldAppends(events, transactions, jdbc);
    }

    @AfterEach
    void close() {
        appends.close();
    }

    /**
     * Two holes side by side, the upper one committing at each point of a page's reading in turn (after its first
     * statement, its second, ...): the page stops below the lower hole every time, and delivers all three events
     * once the lower one commits.
     */
    @Test
    void the_upper_of_two_adjacent_holes_committing_while_a_page_is_read_never_lets_it_pass_the_lower() {
        for (int commitAfterStatement = 1; commitAfterStatement <= 4; commitAfterStatement++) {
            HeldAppends.Held lower = appends.begin();
            HeldAppends.Held upper = appends.begin();
            long above = appends.committed();
            long before = lower.position() - 1;
            assertThat(List.of(upper.position(), above)).containsExactly(lower.position() + 1, lower.position() + 2);

            AtomicInteger statements = new AtomicInteger();
            int at = commitAfterStatement;
            EventFeed.Page page = feedCommittingAfter(() -> {
                if (statements.incrementAndGet() == at) {
                    upper.commit();
                }
            }).read(before, 100, List.of(), null);
            if (statements.get() < at) {
                upper.commit();
            }

            assertThat(page.events()).as("commit after statement %d", at).isEmpty();
            assertThat(page.next()).as("commit after statement %d", at).isEqualTo(before);
            assertThat(feed.read(before, 100, List.of(), null).next()).isEqualTo(before);

            lower.commit();
            EventFeed.Page all = feed.read(before, 100, List.of(), null);
            assertThat(all.events().stream().map(EventFeed::position).toList())
                    .containsExactly(lower.position(), upper.position(), above);
            assertThat(all.next()).isEqualTo(above);
        }
    }

    @Test
    void a_hole_that_fills_a_second_before_its_age_limit_is_delivered() {
        HeldAppends.Held hole = appends.begin();
        long above = appends.committed();
        appendedAgo(above, gapWait.minusSeconds(1));

        EventFeed.Page waiting = feed.read(hole.position() - 1, 100, List.of(), null);
        assertThat(waiting.events()).isEmpty();
        assertThat(waiting.next()).isEqualTo(hole.position() - 1);

        hole.commit();
        assertThat(feed.read(hole.position() - 1, 100, List.of(), null).events().stream().map(EventFeed::position))
                .containsExactly(hole.position(), above);
    }

    /**
     * Passed once the event above it is older than the gap wait. (Aged here by hand: in real time the hole's own
     * transaction would by then be past the append time limit, and refused at its commit: see AppendTimeLimitTest.)
     */
    @Test
    void a_hole_below_an_event_appended_longer_ago_than_the_gap_wait_is_passed() {
        HeldAppends.Held hole = appends.begin();
        long above = appends.committed();
        appendedAgo(above, gapWait.plusSeconds(1));

        EventFeed.Page passed = feed.read(hole.position() - 1, 100, List.of(), null);
        assertThat(passed.events().stream().map(EventFeed::position)).containsExactly(above);
        assertThat(passed.next()).isEqualTo(above);
        hole.rollBack();
    }

    @Test
    void a_hole_stops_a_filtered_page_too_and_the_filtered_page_delivers_what_lies_below_it() {
        String auditId = HeldAppends.newAuditId();
        HeldAppends.Held scheduled = appends.begin(List.of(HeldAppends.scheduled(auditId)));
        scheduled.commit();
        HeldAppends.Held hole = appends.begin();
        HeldAppends.Held inadmissible = appends.begin(List.of(HeldAppends.declaredInadmissible(auditId)));
        inadmissible.commit();

        EventFeed.Page page = feed.read(scheduled.position() - 1, 10, List.of(), auditId);
        assertThat(page.events().stream().map(EventFeed::position)).containsExactly(scheduled.position());
        assertThat(page.next()).isEqualTo(scheduled.position());

        hole.commit();
        EventFeed.Page rest = feed.read(page.next(), 10, List.of(), auditId);
        assertThat(rest.events().stream().map(EventFeed::position)).containsExactly(inadmissible.position());
        assertThat(rest.next()).isEqualTo(inadmissible.position());
    }

    @Test
    void the_service_refuses_to_start_with_a_gap_wait_not_longer_than_twice_the_append_timeout() {
        assertThat(EventFeed.checked(Duration.ofSeconds(10), Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(10));
        assertThatThrownBy(() -> EventFeed.checked(Duration.ofSeconds(6), Duration.ofSeconds(3)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("case-audit.feed.gap-wait");
    }

    /** Sets an event's append time to this long before the database's now. */
    private void appendedAgo(long position, Duration ago) {
        OffsetDateTime now = jdbc.queryForObject("SELECT CURRENT_TIMESTAMP", OffsetDateTime.class);
        jdbc.update("UPDATE DomainEventEntry SET appendedAt = ? WHERE globalIndex = ?", now.minus(ago), position);
    }

    /** The feed, reading through connections that run {@code afterEachQuery} after each query they execute. */
    private EventFeed feedCommittingAfter(Runnable afterEachQuery) {
        DataSource hooked = new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws java.sql.SQLException {
                return hook(super.getConnection(), Connection.class, afterEachQuery);
            }
        };
        return new EventFeed(new JdbcTemplate(hooked), types, json, axon.upcasterChain(), axon.eventSerializer(),
                gapWait);
    }

    /** A proxy of a JDBC object: statements it creates are proxied too, and each executeQuery runs the hook after. */
    @SuppressWarnings("unchecked")
    private static <T> T hook(T target, Class<T> type, Runnable afterEachQuery) {
        return (T) Proxy.newProxyInstance(EventFeedHolesTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("executeQuery")) {
                        afterEachQuery.run();
                    }
                    if (result instanceof Statement statement && method.getName().startsWith("prepare")) {
                        Class<? extends Statement> statementType = method.getReturnType().asSubclass(Statement.class);
                        return hook(statement, (Class<Statement>) statementType, afterEachQuery);
                    }
                    if (result instanceof Statement statement && method.getName().equals("createStatement")) {
                        return hook(statement, Statement.class, afterEachQuery);
                    }
                    return result;
                });
    }
}
