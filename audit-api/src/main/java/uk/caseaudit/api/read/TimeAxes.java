package uk.caseaudit.api.read;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import uk.caseaudit.projection.readmodel.AsAt;

/** Turns the {@code asAt} and {@code knownAt} parameters of a read into an {@link AsAt}; both default to now. */
@Component
public class TimeAxes {

    private final Clock clock;

    TimeAxes(Clock clock) {
        this.clock = clock;
    }

    public AsAt resolve(LocalDate asAt, Instant knownAt) {
        return new AsAt(asAt == null ? LocalDate.now(clock) : asAt, knownAt == null ? Instant.now(clock) : knownAt);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
