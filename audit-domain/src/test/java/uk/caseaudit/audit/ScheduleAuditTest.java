package uk.caseaudit.audit;

import static uk.caseaudit.shared.Fixtures.fixtureOn;

import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import uk.caseaudit.shared.Rule;
import uk.caseaudit.shared.RuleViolation;

class ScheduleAuditTest {

    private static final LocalDate TODAY = LocalDate.of(2018, 5, 2);

    private final FixtureConfiguration<Audit> fixture = fixtureOn(Audit.class, TODAY);

    @Test
    void scheduling_records_the_audit_effective_today_when_no_date_is_given() {
        fixture.givenNoPriorActivity()
                .when(schedule(null, LocalDate.of(2018, 5, 25)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AuditScheduled("audit-1", YearMonth.of(2018, 5), "5067991", "Chelt Assess",
                        "Safeguarding", AuditType.CASE_FILE, "Jo Auditor", LocalDate.of(2018, 5, 25), TODAY));
    }

    @Test
    void scheduling_keeps_a_back_dated_effective_date() {
        fixture.givenNoPriorActivity()
                .when(schedule(LocalDate.of(2018, 4, 30), LocalDate.of(2018, 5, 25)))
                .expectEvents(new AuditScheduled("audit-1", YearMonth.of(2018, 5), "5067991", "Chelt Assess",
                        "Safeguarding", AuditType.CASE_FILE, "Jo Auditor", LocalDate.of(2018, 5, 25),
                        LocalDate.of(2018, 4, 30)));
    }

    @Test
    void scheduling_cannot_take_effect_tomorrow() {
        fixture.givenNoPriorActivity()
                .when(schedule(TODAY.plusDays(1), LocalDate.of(2018, 5, 25)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith(Rule.EFFECTIVE_DATE_IN_FUTURE.name()));
    }

    @Test
    void an_audit_cannot_be_due_before_it_is_scheduled() {
        fixture.givenNoPriorActivity()
                .when(schedule(null, TODAY.minusDays(1)))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith(Rule.DUE_DATE_BEFORE_SCHEDULING.name()));
    }

    private static ScheduleAudit schedule(LocalDate effectiveOn, LocalDate dueDate) {
        return new ScheduleAudit("audit-1", YearMonth.of(2018, 5), "5067991", "Chelt Assess", "Safeguarding",
                AuditType.CASE_FILE, "Jo Auditor", dueDate, effectiveOn);
    }
}
