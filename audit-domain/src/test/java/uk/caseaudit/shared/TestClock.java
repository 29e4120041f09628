package uk.caseaudit.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock stopped at nine in the morning, London time, on a given day. */
public final class TestClock {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private TestClock() {
    }

    public static Clock on(LocalDate today) {
        return Clock.fixed(today.atTime(9, 0).atZone(LONDON).toInstant(), LONDON);
    }
}
