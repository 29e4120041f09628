package uk.caseaudit.api.read;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import uk.caseaudit.projection.readmodel.AsAt;

/**
 * The time a read asks about: {@code asAt} and {@code knownAt}, and the {@code minPosition} to wait for first, as
 * {@link ReadAtResolver} took them from the query. The wait happens when the controller first asks for the time, so
 * its own checks of the other parameters still answer 400 at once; "now" is taken after the wait.
 */
public final class ReadAt {

    private final LocalDate asAt;
    private final Instant knownAt;
    private final Long minPosition;
    private final Clock clock;
    private final ReadConsistency consistency;
    private AsAt resolved;

    ReadAt(LocalDate asAt, Instant knownAt, Long minPosition, Clock clock, ReadConsistency consistency) {
        this.asAt = asAt;
        this.knownAt = knownAt;
        this.minPosition = minPosition;
        this.clock = clock;
        this.consistency = consistency;
    }

    /** Waits for minPosition, then answers the day (today in Europe/London by default) and the instant (now). */
    public AsAt asAt() {
        if (resolved == null) {
            consistency.awaitPosition(minPosition);
            resolved = new AsAt(asAt == null ? LocalDate.now(clock) : asAt, knownAt == null ? Instant.now(clock) : knownAt);
        }
        return resolved;
    }

    /** Waits for minPosition, then answers the instant the read is known at (now by default). */
    public Instant knownAt() {
        return asAt().knownAt();
    }

    /** Waits for minPosition, for a read that has no time axes of its own. */
    public void awaitPosition() {
        asAt();
    }
}
