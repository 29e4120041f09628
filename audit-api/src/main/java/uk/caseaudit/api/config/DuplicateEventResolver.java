package uk.caseaudit.api.config;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells the event store that appending failed on a unique key: another writer stored the same aggregate's next
 * event first (two nodes racing on one audit, say), which Axon then reports as a concurrency conflict (answered 409)
 * instead of a failure. SQLSTATE 23505 is the unique violation on PostgreSQL and H2 alike; a batch insert hides it
 * in its chain of next exceptions, which Axon's default resolver does not read.
 */
final class DuplicateEventResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException sql && uniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean uniqueViolation(SQLException failure) {
        int depth = 0;
        for (SQLException next = failure; next != null && depth < 100; next = next.getNextException(), depth++) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
