package uk.caseaudit.shared;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/** Given/when/expect fixtures for one aggregate, its clock stopped on the day the test calls today. */
public final class Fixtures {

    private Fixtures() {
    }

    public static <T> FixtureConfiguration<T> fixtureOn(Class<T> aggregate, LocalDate today) {
        FixtureConfiguration<T> fixture = new AggregateTestFixture<>(aggregate);
        fixture.registerInjectableResource(TestClock.on(today));
        return fixture;
    }
}
