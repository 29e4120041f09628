package uk.caseaudit.projection.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.caseaudit.concern.CaseOfConcernClosed;
import uk.caseaudit.concern.CaseOfConcernRaised;
import uk.caseaudit.concern.CaseReviewRecorded;
import uk.caseaudit.concern.Category;
import uk.caseaudit.projection.readmodel.AsAt;
import uk.caseaudit.projection.support.Kit;
import uk.caseaudit.projection.support.ReadModelDatabase;

/**
 * The case-of-concern register as its readers see it, on each day and as known at each instant: events go straight to
 * {@link RegisterProjection}'s handlers, and the answers come from {@link RegisterQueryHandler}.
 */
class RegisterProjectionTest {

    private static final String AUDIT = "audit-1";
    private static final String CHILD = "5067991";
    private static final String TEAM = "Chelt Assess";
    private static final String SERVICE_AREA = "CST";
    private static final YearMonth AUDIT_MONTH = YearMonth.of(2024, 2);
    private static final String WORKER = "Agency worker, Gloucester Team 7";
    private static final String QA_LEAD = "qa.lead";
    private static final String HEAD_OF_SERVICE = "head.of.service";
    private static final String DIRECTOR = "improvement.director";
    private static final String ASSURANCE = "Safety plan agreed with the family; the team manager reviews it weekly";
    private static final String SIGN_OFF = "Assurance accepted: the plan is in place and reviewed";
    /** Long after every event of these tests was recorded: what the service knows now. */
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    /** Monday 4 March 2024. */
    private static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);
    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 3, 6);
    private static final LocalDate FRIDAY = LocalDate.of(2024, 3, 8);
    private static final LocalDate NEXT_MONDAY = LocalDate.of(2024, 3, 11);
    private static final LocalDate NEXT_TUESDAY = LocalDate.of(2024, 3, 12);
    private static final LocalDate NEXT_WEDNESDAY = LocalDate.of(2024, 3, 13);

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.caseaudit.projection.support.ReadModelDatabase#kinds")
    void a_case_is_open_with_its_days_and_last_review_until_its_closure_day_and_closed_with_its_sign_off_from_then(
            String kind) {
        try (ReadModelDatabase database = ReadModelDatabase.open(kind)) {
            RegisterProjection projection = projection(database);
            RegisterQueryHandler register = new RegisterQueryHandler(database.jdbc);

            projection.on(raised("coc-1", Category.CATEGORY_2, MONDAY), 0, recorded(MONDAY), QA_LEAD);
            projection.on(reviewed("coc-1", WEDNESDAY), 1, recorded(WEDNESDAY), HEAD_OF_SERVICE);
            projection.on(closed("coc-1", NEXT_MONDAY), 2, recorded(NEXT_MONDAY), DIRECTOR);

            RegisterRow open = new RegisterRow("coc-1", AUDIT, CHILD, TEAM, SERVICE_AREA, AUDIT_MONTH,
                    Category.CATEGORY_2, WORKER, CaseStatus.OPEN, MONDAY, 6, WEDNESDAY, false, null, null, null, 1);
            RegisterRow closed = new RegisterRow("coc-1", AUDIT, CHILD, TEAM, SERVICE_AREA, AUDIT_MONTH,
                    Category.CATEGORY_2, WORKER, CaseStatus.CLOSED, MONDAY, 7, WEDNESDAY, false, NEXT_MONDAY, SIGN_OFF,
                    DIRECTOR, 2);

            assertThat(register.handle(find(StatusFilter.ALL, MONDAY.minusDays(1))).cases())
                    .as("not raised yet").isEmpty();
            assertThat(register.handle(find(StatusFilter.OPEN, NEXT_MONDAY.minusDays(1))))
                    .isEqualTo(new RegisterPage(List.of(open), 0, 20, 1, NEXT_MONDAY.minusDays(1), NOW));
            assertThat(register.handle(find(StatusFilter.CLOSED, NEXT_MONDAY.minusDays(1))).total()).isZero();
            assertThat(register.handle(find(StatusFilter.OPEN, NEXT_MONDAY)).total()).as("off the register").isZero();
            assertThat(register.handle(find(StatusFilter.CLOSED, NEXT_MONDAY)))
                    .isEqualTo(new RegisterPage(List.of(closed), 0, 20, 1, NEXT_MONDAY, NOW));
            assertThat(register.handle(find(StatusFilter.ALL, LocalDate.of(2024, 6, 30))).cases())
                    .as("the days on the register stop at the closure").containsExactly(closed);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.caseaudit.projection.support.ReadModelDatabase#kinds")
    void a_register_known_at_an_instant_before_a_back_dated_closure_was_recorded_shows_the_case_open(String kind) {
        try (ReadModelDatabase database = ReadModelDatabase.open(kind)) {
            RegisterProjection projection = projection(database);
            RegisterQueryHandler register = new RegisterQueryHandler(database.jdbc);
            Instant closureRecorded = Instant.parse("2024-03-20T09:00:00Z");
            LocalDate day = LocalDate.of(2024, 3, 15);

            projection.on(raised("coc-1", Category.CATEGORY_2, MONDAY), 0, recorded(MONDAY), QA_LEAD);
            projection.on(reviewed("coc-1", WEDNESDAY), 1, recorded(WEDNESDAY), HEAD_OF_SERVICE);
            projection.on(closed("coc-1", NEXT_MONDAY), 2, closureRecorded, DIRECTOR);

            CaseOfConcernView printedBefore = register.handle(
                    new FindCaseOfConcern("coc-1", new AsAt(day, closureRecorded.minusSeconds(1)))).orElseThrow();
            assertThat(printedBefore)
                    .extracting(CaseOfConcernView::status, CaseOfConcernView::daysOnRegister,
                            CaseOfConcernView::closedOn, CaseOfConcernView::lastStepOn, CaseOfConcernView::version)
                    .containsExactly(CaseStatus.OPEN, 11L, null, WEDNESDAY, 1L);
            assertThat(register.handle(new FindRegister(StatusFilter.OPEN, null, null,
                    new AsAt(day, closureRecorded.minusSeconds(1)), 0, 20)).cases())
                    .extracting(RegisterRow::caseOfConcernId).containsExactly("coc-1");

            CaseOfConcernView printedAfter = register.handle(
                    new FindCaseOfConcern("coc-1", new AsAt(day, closureRecorded))).orElseThrow();
            assertThat(printedAfter)
                    .extracting(CaseOfConcernView::status, CaseOfConcernView::daysOnRegister,
                            CaseOfConcernView::closedOn, CaseOfConcernView::signOffBy, CaseOfConcernView::version)
                    .containsExactly(CaseStatus.CLOSED, 7L, NEXT_MONDAY, DIRECTOR, 2L);
            assertThat(register.handle(new FindRegister(StatusFilter.OPEN, null, null,
                    new AsAt(day, closureRecorded), 0, 20)).total()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.caseaudit.projection.support.ReadModelDatabase#kinds")
    void a_redelivered_event_changes_nothing(String kind) {
        try (ReadModelDatabase database = ReadModelDatabase.open(kind)) {
            RegisterProjection projection = projection(database);
            RegisterQueryHandler register = new RegisterQueryHandler(database.jdbc);
            projection.on(raised("coc-1", Category.CATEGORY_2, MONDAY), 0, recorded(MONDAY), QA_LEAD);
            projection.on(reviewed("coc-1", WEDNESDAY), 1, recorded(WEDNESDAY), HEAD_OF_SERVICE);
            CaseOfConcernView before = register.handle(new FindCaseOfConcern("coc-1", new AsAt(FRIDAY, NOW)))
                    .orElseThrow();

            CaseOfConcernRaised raisedAgain = new CaseOfConcernRaised("coc-1", AUDIT, CHILD, "Tewkes Assess",
                    SERVICE_AREA, AUDIT_MONTH, Category.CATEGORY_1, "redelivered", WORKER, MONDAY);
            projection.on(raisedAgain, 0, recorded(FRIDAY), "someone.else");
            CaseReviewRecorded reviewedAgain = new CaseReviewRecorded("coc-1", AUDIT, CHILD, TEAM, SERVICE_AREA,
                    AUDIT_MONTH, Category.CATEGORY_2, WORKER, "redelivered", FRIDAY);
            projection.on(reviewedAgain, 1, recorded(FRIDAY), "someone.else");

            CaseOfConcernView after = register.handle(new FindCaseOfConcern("coc-1", new AsAt(FRIDAY, NOW)))
                    .orElseThrow();
            assertThat(after).isEqualTo(before);
            assertThat(after).extracting(CaseOfConcernView::team, CaseOfConcernView::category,
                            CaseOfConcernView::raisedBy, CaseOfConcernView::lastAssurance,
                            CaseOfConcernView::lastReviewOn, CaseOfConcernView::lastReviewedBy)
                    .containsExactly(TEAM, Category.CATEGORY_2, QA_LEAD, ASSURANCE, WEDNESDAY, HEAD_OF_SERVICE);
            assertThat(database.jdbc.queryForObject("SELECT COUNT(*) FROM case_of_concern_version", Long.class))
                    .as("one version per event").isEqualTo(2L);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.caseaudit.projection.support.ReadModelDatabase#kinds")
    void a_category_1_case_raised_on_a_friday_and_not_reviewed_is_late_for_review_from_the_tuesday(String kind) {
        try (ReadModelDatabase database = ReadModelDatabase.open(kind)) {
            RegisterProjection projection = projection(database);
            RegisterQueryHandler register = new RegisterQueryHandler(database.jdbc);
            projection.on(raised("coc-1", Category.CATEGORY_1, FRIDAY), 0, recorded(FRIDAY), QA_LEAD);
            projection.on(raised("coc-2", Category.CATEGORY_2, FRIDAY), 0, recorded(FRIDAY), QA_LEAD);
            projection.on(reviewed("coc-1", NEXT_WEDNESDAY), 1, recorded(NEXT_WEDNESDAY), HEAD_OF_SERVICE);

            assertThat(register.handle(find(StatusFilter.OPEN, NEXT_MONDAY)).cases())
                    .as("Monday is the working day after the Friday: still in time")
                    .extracting(RegisterRow::caseOfConcernId, RegisterRow::category1ReviewLate)
                    .containsExactly(tuple("coc-1", false), tuple("coc-2", false));
            assertThat(register.handle(find(StatusFilter.OPEN, NEXT_TUESDAY)).cases())
                    .extracting(RegisterRow::caseOfConcernId, RegisterRow::category1ReviewLate,
                            RegisterRow::daysOnRegister)
                    .containsExactly(tuple("coc-1", true, 4L), tuple("coc-2", false, 4L));
            assertThat(register.handle(new FindRegister(StatusFilter.OPEN, null, Category.CATEGORY_1,
                    new AsAt(NEXT_TUESDAY, NOW), 0, 20)).cases())
                    .extracting(RegisterRow::caseOfConcernId).containsExactly("coc-1");
            assertThat(register.handle(find(StatusFilter.OPEN, NEXT_WEDNESDAY)).cases())
                    .as("reviewed on the Wednesday")
                    .extracting(RegisterRow::caseOfConcernId, RegisterRow::category1ReviewLate,
                            RegisterRow::lastReviewOn)
                    .containsExactly(tuple("coc-1", false, NEXT_WEDNESDAY), tuple("coc-2", false, null));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.caseaudit.projection.support.ReadModelDatabase#kinds")
    void the_register_size_at_each_month_end_counts_the_cases_open_on_that_day(String kind) {
        try (ReadModelDatabase database = ReadModelDatabase.open(kind)) {
            RegisterProjection projection = projection(database);
            RegisterQueryHandler register = new RegisterQueryHandler(database.jdbc);
            LocalDate february = LocalDate.of(2024, 2, 12);
            LocalDate april = LocalDate.of(2024, 4, 10);
            projection.on(raised("coc-1", Category.CATEGORY_2, february), 0, recorded(february), QA_LEAD);
            projection.on(reviewed("coc-1", MONDAY), 1, recorded(MONDAY), HEAD_OF_SERVICE);
            projection.on(closed("coc-1", NEXT_MONDAY), 2, recorded(NEXT_MONDAY), DIRECTOR);
            projection.on(raised("coc-2", Category.CATEGORY_2, WEDNESDAY), 0, recorded(WEDNESDAY), QA_LEAD);
            projection.on(raised("coc-3", Category.CATEGORY_1, FRIDAY), 0, recorded(FRIDAY), QA_LEAD);
            projection.on(reviewed("coc-3", NEXT_MONDAY), 1, recorded(NEXT_MONDAY), HEAD_OF_SERVICE);
            projection.on(closed("coc-3", april), 2, recorded(april), DIRECTOR);

            RegisterSizesView sizes = register.handle(new FindRegisterSizes(LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 4, 30), RegisterInterval.MONTH, null, NOW));

            assertThat(sizes.sizes()).containsExactly(
                    new RegisterSize(LocalDate.of(2024, 1, 31), 0),
                    new RegisterSize(LocalDate.of(2024, 2, 29), 1),
                    new RegisterSize(LocalDate.of(2024, 3, 31), 2),
                    new RegisterSize(LocalDate.of(2024, 4, 30), 1));
        }
    }

    private static RegisterProjection projection(ReadModelDatabase database) {
        return new RegisterProjection(Kit.tables(database, RegisterProjection.registerReadModel()));
    }

    private static FindRegister find(StatusFilter status, LocalDate day) {
        return new FindRegister(status, null, null, new AsAt(day, NOW), 0, 20);
    }

    /** When the service recorded an event that happened on {@code day}: that morning. */
    private static Instant recorded(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    private static CaseOfConcernRaised raised(String id, Category category, LocalDate on) {
        return new CaseOfConcernRaised(id, AUDIT, CHILD, TEAM, SERVICE_AREA, AUDIT_MONTH, category,
                "No safety plan after the strategy meeting", WORKER, on);
    }

    private static CaseReviewRecorded reviewed(String id, LocalDate on) {
        return new CaseReviewRecorded(id, AUDIT, CHILD, TEAM, SERVICE_AREA, AUDIT_MONTH, Category.CATEGORY_2, WORKER,
                ASSURANCE, on);
    }

    private static CaseOfConcernClosed closed(String id, LocalDate on) {
        return new CaseOfConcernClosed(id, AUDIT, CHILD, TEAM, SERVICE_AREA, AUDIT_MONTH, Category.CATEGORY_2, WORKER,
                SIGN_OFF, on);
    }
}
