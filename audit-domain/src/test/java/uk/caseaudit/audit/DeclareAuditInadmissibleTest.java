package uk.caseaudit.audit;

import static uk.caseaudit.audit.AuditHistory.AUDIT_ID;
import static uk.caseaudit.audit.AuditHistory.INADMISSIBILITY_REASON;
import static uk.caseaudit.audit.AuditHistory.SCHEDULED_ON;
import static uk.caseaudit.audit.AuditHistory.TODAY;
import static uk.caseaudit.audit.AuditHistory.declaredInadmissible;
import static uk.caseaudit.audit.AuditHistory.moderated;
import static uk.caseaudit.audit.AuditHistory.scheduled;
import static uk.caseaudit.audit.AuditHistory.submitted;
import static uk.caseaudit.shared.Fixtures.fixtureOn;
import static uk.caseaudit.shared.Refusals.violationOf;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import uk.caseaudit.shared.Grade;
import uk.caseaudit.shared.PracticeArea;
import uk.caseaudit.shared.Rule;

class DeclareAuditInadmissibleTest {

    private static final LocalDate SUBMITTED_ON = LocalDate.of(2018, 5, 20);

    private final FixtureConfiguration<Audit> fixture = fixtureOn(Audit.class, TODAY);

    @Test
    void declaration_records_the_reason_effective_today_when_no_date_is_given() {
        fixture.given(scheduled())
                .when(declare(null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(declaredInadmissible(TODAY));
    }

    @Test
    void declaration_keeps_a_back_dated_effective_date() {
        fixture.given(scheduled())
                .when(declare(SCHEDULED_ON))
                .expectEvents(declaredInadmissible(SCHEDULED_ON));
    }

    @Test
    void declaration_may_follow_submitted_judgements() {
        fixture.given(scheduled(), submitted(Grade.GOOD, SUBMITTED_ON))
                .when(declare(SUBMITTED_ON))
                .expectEvents(declaredInadmissible(SUBMITTED_ON));
    }

    @Test
    void an_inadmissible_audit_cannot_be_declared_inadmissible_again() {
        fixture.given(scheduled(), declaredInadmissible(SCHEDULED_ON))
                .when(declare(null))
                .expectNoEvents()
                .expectException(violationOf(Rule.AUDIT_INADMISSIBLE));
    }

    @Test
    void a_declaration_cannot_take_effect_before_the_audit_was_scheduled() {
        fixture.given(scheduled())
                .when(declare(SCHEDULED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void a_declaration_cannot_take_effect_before_the_judgements_were_submitted() {
        fixture.given(scheduled(), submitted(Grade.GOOD, SUBMITTED_ON))
                .when(declare(SUBMITTED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void a_declaration_cannot_take_effect_before_the_last_moderation() {
        LocalDate moderatedOn = LocalDate.of(2018, 5, 28);
        fixture.given(scheduled(), submitted(Grade.GOOD, SUBMITTED_ON),
                        moderated(1, Map.of(PracticeArea.OVERALL, Grade.GOOD),
                                Map.of(PracticeArea.OVERALL, Grade.GOOD), moderatedOn))
                .when(declare(moderatedOn.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT));
    }

    @Test
    void a_declaration_cannot_take_effect_tomorrow() {
        fixture.given(scheduled())
                .when(declare(TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(Rule.EFFECTIVE_DATE_IN_FUTURE));
    }

    private static DeclareAuditInadmissible declare(LocalDate effectiveOn) {
        return new DeclareAuditInadmissible(AUDIT_ID, INADMISSIBILITY_REASON, effectiveOn, null);
    }
}
