package uk.caseaudit.projection.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.caseaudit.action.AuditActionAgreed;
import uk.caseaudit.action.AuditActionCancelled;
import uk.caseaudit.action.AuditActionCompleted;
import uk.caseaudit.action.AuditActionDueDateRevised;
import uk.caseaudit.action.AuditActionEscalated;
import uk.caseaudit.action.Focus;
import uk.caseaudit.projection.readmodel.AsAt;
import uk.caseaudit.projection.support.Kit;
import uk.caseaudit.projection.support.ReadModelDatabase;
import uk.caseaudit.projection.tracker.TrackerQueries.FindAction;
import uk.caseaudit.projection.tracker.TrackerQueries.FindActionTracker;
import uk.caseaudit.projection.tracker.TrackerQueries.FindActions;
import uk.caseaudit.projection.tracker.TrackerQueries.Grouping;

/**
 * The action tracker as the QA lead reads it, on each day: events go straight to {@link ActionTrackerProjection}'s
 * handlers, and the answers come from {@link TrackerQueryHandler}.
 *
 * <p>The May 2024 cohort: action A (child 5067991, Chelt Assess) due 31 May, revised on 28 May to 14 June, completed
 * late on 20 June; B (same child) due 24 May, completed on 23 May; C (child 4410022, Tewkes Assess) due 31 May,
 * escalated on 5 June, never completed; D (child 4410022) due 30 June, cancelled on 15 May. The April cohort: E due
 * 30 April, completed on 29 April.
 */
class ActionTrackerProjectionTest {

    private static final YearMonth MAY = YearMonth.of(2024, 5);
    private static final YearMonth APRIL = YearMonth.of(2024, 4);
    private static final String CHELT = "Chelt Assess";
    private static final String TEWKES = "Tewkes Assess";
    private static final String CHILD_A = "5067991";
    private static final String CHILD_C = "4410022";
    private static final LocalDate AGREED = LocalDate.of(2024, 5, 10);
    private static final LocalDate FIRST_DUE = LocalDate.of(2024, 5, 31);
    private static final LocalDate REVISED_DUE = LocalDate.of(2024, 6, 14);
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.caseaudit.projection.support.ReadModelDatabase#kinds")
    void an_action_whose_due_date_was_revised_is_not_yet_due_until_the_new_date_then_outstanding_then_completed_late(
            String kind) {
        try (ReadModelDatabase database = ReadModelDatabase.open(kind)) {
            TrackerQueryHandler tracker = trackerWithCohorts(database);

            assertThat(tracker.handle(new FindAction("A", asAt(2024, 5, 9)))).as("not agreed yet").isEmpty();
            assertThat(tracker.handle(new FindAction("A", asAt(2024, 5, 20)))).contains(actionA(FIRST_DUE,
                    ActionStatus.NOT_YET_DUE, null, false, 0));
            assertThat(tracker.handle(new FindAction("A", asAt(2024, 6, 3)))).as("the revised due date is in force")
                    .contains(actionA(REVISED_DUE, ActionStatus.NOT_YET_DUE, null, false, 1));
            assertThat(tracker.handle(new FindAction("A", asAt(2024, 6, 14)))).as("due that day: not yet outstanding")
                    .contains(actionA(REVISED_DUE, ActionStatus.NOT_YET_DUE, null, false, 1));
            assertThat(tracker.handle(new FindAction("A", asAt(2024, 6, 15))))
                    .contains(actionA(REVISED_DUE, ActionStatus.OUTSTANDING, null, false, 1));
            assertThat(tracker.handle(new FindAction("A", asAt(2024, 6, 20))))
                    .contains(actionA(REVISED_DUE, ActionStatus.COMPLETED, LocalDate.of(2024, 6, 20), true, 2));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.caseaudit.projection.support.ReadModelDatabase#kinds")
    void a_cohort_counts_its_actions_completed_late_outstanding_not_yet_due_escalated_and_cancelled_as_at_each_day(
            String kind) {
        try (ReadModelDatabase database = ReadModelDatabase.open(kind)) {
            TrackerQueryHandler tracker = trackerWithCohorts(database);

            assertThat(cohorts(tracker, LocalDate.of(2024, 5, 20))).containsExactly(
                    new CohortRow("2024-04", 1, 1, 0, 0, 0, 0, 0, 0),
                    new CohortRow("2024-05", 4, 0, 0, 0, 3, 0, 1, 0));
            assertThat(cohorts(tracker, LocalDate.of(2024, 6, 3))).containsExactly(
                    new CohortRow("2024-04", 1, 1, 0, 0, 0, 0, 0, 0),
                    new CohortRow("2024-05", 4, 1, 0, 1, 1, 0, 1, 1));
            assertThat(cohorts(tracker, LocalDate.of(2024, 6, 17))).containsExactly(
                    new CohortRow("2024-04", 1, 1, 0, 0, 0, 0, 0, 0),
                    new CohortRow("2024-05", 4, 1, 0, 2, 0, 1, 1, 2));
            assertThat(cohorts(tracker, LocalDate.of(2024, 6, 20))).containsExactly(
                    new CohortRow("2024-04", 1, 1, 0, 0, 0, 0, 0, 0),
                    new CohortRow("2024-05", 4, 2, 1, 1, 0, 1, 1, 1));
            assertThat(tracker.handle(new FindActionTracker(MAY, MAY, null, Grouping.TEAM, asAt(2024, 6, 17))).rows())
                    .as("the May cohort by team").containsExactly(
                            new CohortRow(CHELT, 2, 1, 0, 1, 0, 0, 0, 1),
                            new CohortRow(TEWKES, 2, 0, 0, 1, 0, 1, 1, 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.caseaudit.projection.support.ReadModelDatabase#kinds")
    void the_outstanding_list_shows_the_escalated_action_and_no_cancelled_one(String kind) {
        try (ReadModelDatabase database = ReadModelDatabase.open(kind)) {
            TrackerQueryHandler tracker = trackerWithCohorts(database);

            assertThat(tracker.handle(new FindActions(ActionStatus.OUTSTANDING, MAY, null, null, asAt(2024, 6, 17),
                    0, 20)).actions())
                    .as("by due date").extracting(ActionRow::actionId, ActionRow::dueDate, ActionRow::escalated)
                    .containsExactly(tuple("C", FIRST_DUE, true),
                            tuple("A", REVISED_DUE, false));
            assertThat(tracker.handle(new FindActions(ActionStatus.ESCALATED, null, null, null, asAt(2024, 6, 4),
                    0, 20)).total()).as("escalated on 5 June").isZero();
            assertThat(tracker.handle(new FindActions(ActionStatus.ESCALATED, null, null, null, asAt(2024, 6, 5),
                    0, 20)).actions()).containsExactly(new ActionRow("C", "audit-c", MAY, CHILD_C, TEWKES,
                    "team.manager.tewkes", "Update the safety plan with the child's school", Focus.IMPACT, AGREED,
                    FIRST_DUE, FIRST_DUE, ActionStatus.OUTSTANDING, true, LocalDate.of(2024, 6, 5), null, false, null,
                    1));
            assertThat(tracker.handle(new FindActions(ActionStatus.CANCELLED, null, null, CHILD_C, asAt(2024, 5, 14),
                    0, 20)).total()).as("cancelled on 15 May").isZero();
            assertThat(tracker.handle(new FindActions(ActionStatus.CANCELLED, null, null, CHILD_C, asAt(2024, 5, 15),
                    0, 20)).actions()).extracting(ActionRow::actionId, ActionRow::cancelledOn)
                    .containsExactly(tuple("D", LocalDate.of(2024, 5, 15)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.caseaudit.projection.support.ReadModelDatabase#kinds")
    void a_completion_recorded_after_a_report_was_printed_leaves_that_report_as_it_was(String kind) {
        try (ReadModelDatabase database = ReadModelDatabase.open(kind)) {
            TrackerQueryHandler tracker = trackerWithCohorts(database);
            Instant printed = recorded(LocalDate.of(2024, 6, 20)).minusSeconds(1);

            assertThat(tracker.handle(new FindActionTracker(MAY, MAY, null, Grouping.COHORT,
                    new AsAt(LocalDate.of(2024, 6, 30), printed))).rows())
                    .containsExactly(new CohortRow("2024-05", 4, 1, 0, 2, 0, 1, 1, 2));
            assertThat(tracker.handle(new FindActionTracker(MAY, MAY, null, Grouping.COHORT,
                    new AsAt(LocalDate.of(2024, 6, 30), NOW))).rows())
                    .containsExactly(new CohortRow("2024-05", 4, 2, 1, 1, 0, 1, 1, 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.caseaudit.projection.support.ReadModelDatabase#kinds")
    void a_redelivered_event_changes_nothing(String kind) {
        try (ReadModelDatabase database = ReadModelDatabase.open(kind)) {
            ActionTrackerProjection projection = projection(database);
            TrackerQueryHandler tracker = new TrackerQueryHandler(database.jdbc);
            projection.on(agreed("A", MAY, CHILD_A, CHELT, FIRST_DUE, AGREED), 0, recorded(AGREED));
            projection.on(completed("A", CHILD_A, CHELT, FIRST_DUE, LocalDate.of(2024, 5, 30), false), 1,
                    recorded(LocalDate.of(2024, 5, 30)));

            projection.on(agreed("A", MAY, CHILD_A, TEWKES, REVISED_DUE, AGREED), 0, recorded(AGREED));
            projection.on(completed("A", CHILD_A, CHELT, FIRST_DUE, LocalDate.of(2024, 6, 20), true), 1,
                    recorded(LocalDate.of(2024, 6, 20)));

            assertThat(tracker.handle(new FindAction("A", asAt(2024, 6, 30)))).get()
                    .extracting(ActionRow::team, ActionRow::dueDate, ActionRow::completedOn, ActionRow::completedLate,
                            ActionRow::version)
                    .containsExactly(CHELT, FIRST_DUE, LocalDate.of(2024, 5, 30), false, 1L);
            assertThat(database.jdbc.queryForObject("SELECT COUNT(*) FROM action_version", Long.class))
                    .as("one version per event").isEqualTo(2L);
        }
    }

    /** The cohorts described above, projected; their tracker. */
    private static TrackerQueryHandler trackerWithCohorts(ReadModelDatabase database) {
        ActionTrackerProjection projection = projection(database);
        LocalDate april15 = LocalDate.of(2024, 4, 15);
        projection.on(agreed("E", APRIL, CHILD_A, CHELT, LocalDate.of(2024, 4, 30), april15), 0, recorded(april15));
        projection.on(completed("E", CHILD_A, CHELT, LocalDate.of(2024, 4, 30), LocalDate.of(2024, 4, 29), false), 1,
                recorded(LocalDate.of(2024, 4, 29)));

        projection.on(agreed("A", MAY, CHILD_A, CHELT, FIRST_DUE, AGREED), 0, recorded(AGREED));
        projection.on(agreed("B", MAY, CHILD_A, CHELT, LocalDate.of(2024, 5, 24), AGREED), 0, recorded(AGREED));
        projection.on(agreed("C", MAY, CHILD_C, TEWKES, FIRST_DUE, AGREED), 0, recorded(AGREED));
        projection.on(agreed("D", MAY, CHILD_C, TEWKES, LocalDate.of(2024, 6, 30), AGREED), 0, recorded(AGREED));

        LocalDate may15 = LocalDate.of(2024, 5, 15);
        projection.on(new AuditActionCancelled("D", "audit-c", CHILD_C, TEWKES, "CST", MAY, "team.manager.tewkes",
                Focus.IMPACT, LocalDate.of(2024, 6, 30), "Covered by the child protection plan", may15), 1,
                recorded(may15));
        LocalDate may23 = LocalDate.of(2024, 5, 23);
        projection.on(completed("B", CHILD_A, CHELT, LocalDate.of(2024, 5, 24), may23, false), 1, recorded(may23));
        LocalDate may28 = LocalDate.of(2024, 5, 28);
        projection.on(new AuditActionDueDateRevised("A", "audit-a", CHILD_A, CHELT, "CST", MAY, "team.manager.chelt",
                Focus.IMPACT, REVISED_DUE, FIRST_DUE, FIRST_DUE, "Waiting for the core group meeting", may28), 1,
                recorded(may28));
        LocalDate june5 = LocalDate.of(2024, 6, 5);
        projection.on(new AuditActionEscalated("C", "audit-c", CHILD_C, TEWKES, "CST", MAY, "team.manager.tewkes",
                Focus.IMPACT, FIRST_DUE, "Five days overdue", june5), 1, recorded(june5));
        LocalDate june20 = LocalDate.of(2024, 6, 20);
        projection.on(completed("A", CHILD_A, CHELT, REVISED_DUE, june20, true), 2, recorded(june20));
        return new TrackerQueryHandler(database.jdbc);
    }

    private static ActionTrackerProjection projection(ReadModelDatabase database) {
        return new ActionTrackerProjection(Kit.tables(database, ActionTrackerProjection.actionTrackerReadModel()));
    }

    private static List<CohortRow> cohorts(TrackerQueryHandler tracker, LocalDate day) {
        return tracker.handle(new FindActionTracker(null, null, null, Grouping.COHORT, new AsAt(day, NOW))).rows();
    }

    private static ActionRow actionA(LocalDate dueDate, ActionStatus status, LocalDate completedOn,
                                     boolean completedLate, long version) {
        return new ActionRow("A", "audit-a", MAY, CHILD_A, CHELT, "team.manager.chelt",
                "Update the safety plan with the child's school", Focus.IMPACT, AGREED, dueDate, FIRST_DUE, status,
                false, null, completedOn, completedLate, null, version);
    }

    private static AsAt asAt(int year, int month, int day) {
        return new AsAt(LocalDate.of(year, month, day), NOW);
    }

    /** When the service recorded an event that happened on {@code day}: that morning. */
    private static Instant recorded(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    private static AuditActionAgreed agreed(String id, YearMonth cohort, String child, String team, LocalDate due,
                                            LocalDate on) {
        return new AuditActionAgreed(id, audit(id), child, team, "CST", cohort, owner(team),
                "Update the safety plan with the child's school", due, Focus.IMPACT, on);
    }

    private static AuditActionCompleted completed(String id, String child, String team, LocalDate due, LocalDate on,
                                                  boolean late) {
        return new AuditActionCompleted(id, audit(id), child, team, "CST", id.equals("E") ? APRIL : MAY, owner(team),
                Focus.IMPACT, due, "Plan updated and shared", late, on);
    }

    private static String audit(String actionId) {
        return actionId.equals("C") || actionId.equals("D") ? "audit-c" : "audit-" + actionId.toLowerCase();
    }

    private static String owner(String team) {
        return team.equals(CHELT) ? "team.manager.chelt" : "team.manager.tewkes";
    }
}
