package uk.caseaudit.api.read;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.caseaudit.projection.readmodel.axon.ReadModelProcessors;

/**
 * Read-your-writes: a read that carries {@code minPosition=N} waits until every read model has
 * processed the event at global position N, or answers 503 when it cannot within the wait.
 */
@Component
public class ReadConsistency {

    private final ReadModelProcessors processors;
    private final Duration maximumWait;

    ReadConsistency(ReadModelProcessors processors,
                    @Value("${case-audit.read-your-writes.max-wait}") Duration maximumWait) {
        this.processors = processors;
        this.maximumWait = maximumWait;
    }

    /** Returns once every read model has processed {@code minPosition}; null asks for nothing. */
    public void awaitPosition(Long minPosition) {
        if (minPosition == null || minPosition <= 0) {
            return;
        }
        Instant deadline = Instant.now().plus(maximumWait);
        while (!reached(minPosition)) {
            if (Instant.now().isAfter(deadline)) {
                throw new NotCaughtUp();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new NotCaughtUp();
            }
        }
    }

    /** Whether every read model has processed the event at {@code position} (see {@link ReadModelProcessors}). */
    public boolean reached(long position) {
        return processors.reached(position);
    }

    /** The read models have not reached the asked position in time: answered 503 with Retry-After. */
    public static class NotCaughtUp extends RuntimeException {
        NotCaughtUp() {
            super("The read models have not yet caught up with the position asked for; try again shortly.");
        }
    }
}
