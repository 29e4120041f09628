package uk.caseaudit.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static uk.caseaudit.demo.ReferenceScenario.BRIEFING_DATE;
import static uk.caseaudit.demo.ReferenceScenario.END_OF_MAY;
import static uk.caseaudit.demo.ReferenceScenario.PROGRAMME_ANALYSED_ON;
import static uk.caseaudit.shared.PracticeArea.OVERALL;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.caseaudit.action.AgreeAuditAction;
import uk.caseaudit.action.AuditAction;
import uk.caseaudit.action.CancelAuditAction;
import uk.caseaudit.action.CompleteAuditAction;
import uk.caseaudit.action.EscalateAuditAction;
import uk.caseaudit.action.ReviseAuditActionDueDate;
import uk.caseaudit.audit.Audit;
import uk.caseaudit.audit.DeclareAuditInadmissible;
import uk.caseaudit.audit.Engagement;
import uk.caseaudit.audit.EngagementLevel;
import uk.caseaudit.audit.ModerateJudgement;
import uk.caseaudit.audit.ScheduleAudit;
import uk.caseaudit.audit.SubmitJudgements;
import uk.caseaudit.concern.CaseOfConcern;
import uk.caseaudit.concern.Category;
import uk.caseaudit.concern.CloseCaseOfConcern;
import uk.caseaudit.concern.RaiseCaseOfConcern;
import uk.caseaudit.concern.RecategoriseCaseOfConcern;
import uk.caseaudit.concern.RecordCaseReview;
import uk.caseaudit.concern.RefuseCaseOfConcernClosure;
import uk.caseaudit.concern.ReopenCaseOfConcern;
import uk.caseaudit.shared.Actor;
import uk.caseaudit.shared.Grade;

/**
 * The reference scenario reproduces the figures of the May 2018 briefing ({@code reference-figures.md}): every step
 * is accepted by the real aggregates in list order, and each figure, computed from the commands by the read models'
 * definitions, is exactly the briefing's (or, where the briefing is silent, the scenario's stated choice).
 */
class ReferenceScenarioTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final YearMonth JAN = YearMonth.of(2018, 1);
    private static final YearMonth FEB = YearMonth.of(2018, 2);
    private static final YearMonth MAR = YearMonth.of(2018, 3);
    private static final YearMonth APR = YearMonth.of(2018, 4);
    private static final YearMonth MAY = YearMonth.of(2018, 5);
    private static final List<YearMonth> MONTHS_2018 = List.of(JAN, FEB, MAR, APR, MAY);

    private static List<ScenarioStep> steps;
    private static Ledger ledger;

    @BeforeAll
    static void replay() {
        steps = ReferenceScenario.steps();
        ledger = new Ledger();
        steps.forEach(step -> ledger.record(step.command()));
    }

    @Test
    void every_step_is_accepted_by_the_real_aggregates_in_list_order() {
        Clock endOf2018 = Clock.fixed(LocalDate.of(2018, 12, 31).atTime(12, 0).atZone(LONDON).toInstant(), LONDON);
        InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
        Configuration axon = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> JacksonSerializer.defaultSerializer())
                .configureEmbeddedEventStore(c -> storage)
                .configureAggregate(Audit.class)
                .configureAggregate(CaseOfConcern.class)
                .configureAggregate(AuditAction.class)
                .registerComponent(Clock.class, c -> endOf2018)
                .buildConfiguration();
        axon.start();
        try {
            CommandGateway gateway = axon.commandGateway();
            for (int i = 0; i < steps.size(); i++) {
                ScenarioStep step = steps.get(i);
                try {
                    gateway.sendAndWait(GenericCommandMessage.asCommandMessage(step.command()).andMetaData(Map.of(
                            Actor.USER_KEY, step.actor().user(), Actor.ROLE_KEY, step.actor().role())));
                } catch (RuntimeException refused) {
                    fail("Step " + i + " was refused: " + step.command(), refused);
                }
            }
            // Every command of the scenario states exactly one fact.
            assertThat(storage.readEvents(null, false).count()).isEqualTo(steps.size());
        } finally {
            axon.shutdown();
        }
    }

    @Test
    void every_fact_has_an_effective_date_and_only_the_register_history_of_late_2017_is_dated_before_2018() {
        for (ScenarioStep step : steps) {
            LocalDate effectiveOn = effectiveOn(step.command());
            assertThat(effectiveOn).as("effective date of %s", step.command()).isNotNull();
            assertThat(effectiveOn).isBetween(LocalDate.of(2017, 10, 1), LocalDate.of(2018, 12, 31));
            if (auditMonthOf(step.command()).getYear() == 2018) {
                assertThat(effectiveOn.getYear()).as("year of %s", step.command()).isEqualTo(2018);
            }
        }
    }

    @Test
    void steps_are_in_date_order_so_no_fact_precedes_the_one_it_follows() {
        for (int i = 1; i < steps.size(); i++) {
            assertThat(effectiveOn(steps.get(i).command())).isAfterOrEqualTo(effectiveOn(steps.get(i - 1).command()));
        }
    }

    @Test
    void ids_are_unique_and_follow_the_naming_scheme() {
        List<String> ids = steps.stream().map(ScenarioStep::command).map(command -> {
            if (command instanceof ScheduleAudit c) {
                return c.auditId();
            } else if (command instanceof RaiseCaseOfConcern c) {
                return c.caseOfConcernId();
            } else if (command instanceof AgreeAuditAction c) {
                return c.actionId();
            }
            return null;
        }).filter(Objects::nonNull).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(161 + 64 + 729);
        assertThat(ledger.audits.keySet()).allMatch(id -> id.matches("audit-20(17|18)-\\d{2}-\\d{2}"));
        assertThat(ledger.cases.keySet()).allMatch(id -> id.matches("coc-20(17|18)-\\d{2}-\\d{2}"));
        assertThat(ledger.actions.keySet()).allMatch(id -> id.matches("action-20(17|18)-\\d{2}-\\d{4}"));
    }

    @Test
    void children_are_pseudonymous_seven_digit_references_one_per_audit() {
        List<String> children = ledger.audits.values().stream().map(audit -> audit.child).toList();
        assertThat(children).doesNotHaveDuplicates().allMatch(child -> child.matches("\\d{7}"));
    }

    @Test
    void no_child_ever_has_two_open_cases_of_concern() {
        Set<LocalDate> days = new TreeSet<>();
        ledger.cases.values().forEach(kase -> {
            days.add(kase.raisedOn);
            kase.transitions.forEach(transition -> days.add(transition.on()));
        });
        for (LocalDate day : days) {
            Map<String, Long> openPerChild = ledger.cases.values().stream().filter(kase -> kase.openAt(day))
                    .collect(Collectors.groupingBy(kase -> kase.audit.child, Collectors.counting()));
            assertThat(openPerChild.values()).as("open cases per child on %s", day).allMatch(open -> open == 1);
        }
    }

    @Test
    void each_step_is_given_in_the_role_allowed_to_give_it() {
        Map<Class<?>, String> roles = new HashMap<>();
        List.of(ScheduleAudit.class, DeclareAuditInadmissible.class).forEach(c -> roles.put(c, "QA_LEAD"));
        List.of(SubmitJudgements.class, AgreeAuditAction.class).forEach(c -> roles.put(c, "AUDITOR"));
        roles.put(ModerateJudgement.class, "MODERATOR");
        List.of(CompleteAuditAction.class, ReviseAuditActionDueDate.class).forEach(c -> roles.put(c, "TEAM_MANAGER"));
        List.of(RaiseCaseOfConcern.class, RecordCaseReview.class, RecategoriseCaseOfConcern.class,
                EscalateAuditAction.class).forEach(c -> roles.put(c, "HEAD_OF_SERVICE"));
        List.of(CloseCaseOfConcern.class, RefuseCaseOfConcernClosure.class, ReopenCaseOfConcern.class)
                .forEach(c -> roles.put(c, "IMPROVEMENT_DIRECTOR"));
        Map<String, String> users = Map.of("QA_LEAD", "qa-lead", "AUDITOR", "auditor", "MODERATOR", "moderator",
                "TEAM_MANAGER", "team-manager", "HEAD_OF_SERVICE", "head-of-service",
                "IMPROVEMENT_DIRECTOR", "improvement-director");
        for (ScenarioStep step : steps) {
            String role = roles.get(step.command().getClass());
            assertThat(step.actor()).as("actor of %s", step.command()).isEqualTo(new Actor(users.get(role), role));
        }
    }

    @Test
    void moderated_overall_grades_per_audit_month_are_the_briefings_at_the_end_of_may_and_at_the_briefing() {
        Map<YearMonth, GradeCounts> briefing = Map.of(
                JAN, new GradeCounts(0, 0, 27, 5),
                FEB, new GradeCounts(0, 0, 18, 5),
                MAR, new GradeCounts(0, 2, 13, 9),
                APR, new GradeCounts(0, 1, 18, 8),
                MAY, new GradeCounts(0, 2, 14, 9));
        for (YearMonth month : MONTHS_2018) {
            assertThat(grades(month, END_OF_MAY, true)).as("%s at the end of May", month).isEqualTo(briefing.get(month));
            assertThat(grades(month, BRIEFING_DATE, true)).as("%s at the briefing", month)
                    .isEqualTo(briefing.get(month));
        }
    }

    @Test
    void moderation_changed_some_auditor_grades_in_every_month() {
        // The scenario's choice: the auditors' own overall grades before moderation.
        Map<YearMonth, GradeCounts> byAuditors = Map.of(
                JAN, new GradeCounts(0, 2, 26, 4),
                FEB, new GradeCounts(0, 1, 18, 4),
                MAR, new GradeCounts(0, 2, 15, 7),
                APR, new GradeCounts(0, 3, 17, 7),
                MAY, new GradeCounts(0, 2, 16, 7));
        for (YearMonth month : MONTHS_2018) {
            assertThat(grades(month, BRIEFING_DATE, false)).as("%s, auditors' grades", month)
                    .isEqualTo(byAuditors.get(month));
        }
        AuditFacts moderatedTwice = ledger.audits.get("audit-2018-03-05");
        assertThat(moderatedTwice.moderations).extracting(Moderation::overall)
                .containsExactly(Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE);
    }

    @Test
    void the_may_programme_is_the_briefings_when_it_was_analysed() {
        assertThat(programme(MAY, PROGRAMME_ANALYSED_ON)).isEqualTo(new ProgrammeRow(27, 26, 1, 1, 25));
        // Still so at the briefing; at the end of May the unsubmitted audit was not yet late (due that day).
        assertThat(programme(MAY, BRIEFING_DATE)).isEqualTo(new ProgrammeRow(27, 26, 1, 1, 25));
        assertThat(programme(MAY, END_OF_MAY)).isEqualTo(new ProgrammeRow(27, 26, 0, 1, 25));
    }

    @Test
    void the_other_months_were_all_submitted_in_time_and_analysed() {
        assertThat(programme(JAN, PROGRAMME_ANALYSED_ON)).isEqualTo(new ProgrammeRow(32, 32, 0, 0, 32));
        assertThat(programme(FEB, PROGRAMME_ANALYSED_ON)).isEqualTo(new ProgrammeRow(23, 23, 0, 0, 23));
        assertThat(programme(MAR, PROGRAMME_ANALYSED_ON)).isEqualTo(new ProgrammeRow(24, 24, 0, 0, 24));
        assertThat(programme(APR, PROGRAMME_ANALYSED_ON)).isEqualTo(new ProgrammeRow(27, 27, 0, 0, 27));
    }

    @Test
    void may_engagement_over_the_26_submitted_audits_is_the_briefings() {
        // engaged/attempted/not appropriate/not recorded
        assertThat(engagement(MAY, PROGRAMME_ANALYSED_ON))
                .isEqualTo(new EngagementRow("18/8/0/0", "16/10/0/0", "0/9/17/0", "12/10/0/4"));
        // "not compared to 7 children and young people in April"
        assertThat(engagement(APR, PROGRAMME_ANALYSED_ON).child()).startsWith("7/");
    }

    @Test
    void the_register_size_at_the_month_ends_is_the_briefings() {
        assertThat(registerSize(LocalDate.of(2018, 2, 28))).isEqualTo(17);
        assertThat(registerSize(LocalDate.of(2018, 3, 31))).isEqualTo(17);
        assertThat(registerSize(LocalDate.of(2018, 4, 30))).isEqualTo(16);
        assertThat(registerSize(LocalDate.of(2018, 5, 31))).isEqualTo(16);
        // The scenario's choice where the briefing is silent.
        assertThat(registerSize(LocalDate.of(2017, 12, 31))).isEqualTo(24);
        assertThat(registerSize(LocalDate.of(2018, 1, 31))).isEqualTo(21);
        assertThat(registerSize(BRIEFING_DATE)).isEqualTo(16);
    }

    @Test
    void thirty_three_cases_were_raised_between_november_2017_and_january_2018() {
        assertThat(recurrence(kase -> "all", LocalDate.of(2017, 11, 1), LocalDate.of(2018, 1, 31)))
                .isEqualTo(Map.of("all", 33L));
    }

    @Test
    void three_category_1_cases_from_may_audits_were_reviewed_and_signed_off_within_may() {
        List<CaseFacts> fromMay = ledger.cases.values().stream().filter(kase -> kase.audit.month.equals(MAY)).toList();
        List<CaseFacts> category1 = fromMay.stream().filter(kase -> kase.category == Category.CATEGORY_1).toList();
        assertThat(category1).hasSize(3).allSatisfy(kase -> {
            assertThat(kase.reviews).anyMatch(review -> YearMonth.from(review).equals(MAY));
            assertThat(kase.transitions).containsExactly(new Transition(kase.transitions.get(0).on(), false));
            assertThat(YearMonth.from(kase.transitions.get(0).on())).isEqualTo(MAY);
        });
        // "From May's audits 0 children are now Category 1"; the briefing's 13 Category 2 cannot all come from May's
        // 9 inadequate audits: the 6 left after the 3 Category 1 are on the register.
        assertThat(fromMay.stream().filter(kase -> kase.openAt(END_OF_MAY)).map(kase -> kase.category))
                .containsOnly(Category.CATEGORY_2).hasSize(6);
    }

    @Test
    void recurrence_january_to_may_by_team_and_by_worker_is_the_briefings() {
        Map<String, Long> byTeam = recurrence(kase -> kase.team, LocalDate.of(2018, 1, 1), END_OF_MAY);
        Map<String, Long> briefing = Map.of("Chelt Assess", 6L, "Tewkes Assess", 4L, "FoD Assess", 3L,
                "Stroud Assess", 3L, "Glos Safeg Tm 5", 3L, "Glos S 11-25", 2L, "Glos Safeg Tm 1", 2L,
                "Glos Safeg Tm 2", 2L, "Tewkes Safeg", 2L);
        assertThat(byTeam).containsAllEntriesOf(briefing);
        byTeam.keySet().removeAll(briefing.keySet());
        // Every other team had one: the scenario's choice of which.
        assertThat(byTeam).containsOnlyKeys("Cots Assess", "FoD Safeg", "Glos Safeg Tm 3", "Glos Safeg Tm 7",
                "Stroud Safeg", "Glos N 11-25", "Glos Safeg Tm 6", "Chelt Safeg", "Cots Safeg");
        assertThat(byTeam.values()).containsOnly(1L);

        Map<String, Long> byWorker = recurrence(kase -> kase.worker, LocalDate.of(2018, 1, 1), END_OF_MAY);
        assertThat(byWorker).containsEntry("Agency SW (Gloucester Team 7)", 2L);
        assertThat(byWorker.values().stream().filter(cases -> cases > 1)).hasSize(1);
        assertThat(ledger.cases.values()).filteredOn(kase -> kase.worker.startsWith("Agency"))
                .allMatch(kase -> kase.category == Category.CATEGORY_2);
    }

    @Test
    void the_action_tracker_at_the_end_of_may_is_the_briefings() {
        // total, completed, completedLate, outstanding, notYetDue, escalated, cancelled, casesWithOutstanding;
        // the briefing gives total, completed, outstanding, not yet due; the rest are the scenario's choice.
        assertThat(tracker(JAN, END_OF_MAY)).isEqualTo(new TrackerRow(155, 155, 17, 0, 0, 0, 0, 0));
        assertThat(tracker(FEB, END_OF_MAY)).isEqualTo(new TrackerRow(127, 116, 16, 11, 0, 0, 0, 8));
        assertThat(tracker(MAR, END_OF_MAY)).isEqualTo(new TrackerRow(125, 101, 14, 24, 0, 3, 0, 19));
        assertThat(tracker(APR, END_OF_MAY)).isEqualTo(new TrackerRow(134, 84, 12, 48, 2, 0, 0, 26));
        assertThat(tracker(MAY, END_OF_MAY)).isEqualTo(new TrackerRow(132, 28, 4, 62, 42, 0, 0, 25));
    }

    @Test
    void the_action_tracker_at_the_briefing_is_the_briefings() {
        assertThat(tracker(JAN, BRIEFING_DATE)).isEqualTo(new TrackerRow(155, 155, 17, 0, 0, 0, 0, 0));
        // 4 outstanding, one child's case, escalated.
        assertThat(tracker(FEB, BRIEFING_DATE)).isEqualTo(new TrackerRow(127, 123, 23, 4, 0, 4, 0, 1));
        // 9 outstanding from 6 cases, escalated.
        assertThat(tracker(MAR, BRIEFING_DATE)).isEqualTo(new TrackerRow(125, 116, 29, 9, 0, 9, 0, 6));
        // 23 outstanding and 1 not yet due across 13 cases.
        assertThat(tracker(APR, BRIEFING_DATE)).isEqualTo(new TrackerRow(134, 110, 37, 23, 1, 5, 0, 13));
        // The briefing is silent on May at the briefing.
        assertThat(tracker(MAY, BRIEFING_DATE)).isEqualTo(new TrackerRow(132, 89, 44, 27, 16, 0, 0, 22));
    }

    @Test
    void the_february_and_march_cases_outstanding_at_the_briefing_are_in_the_teams_it_names() {
        assertThat(teamsWithOutstanding(FEB, BRIEFING_DATE)).containsExactly("Glos Safeg Tm 4");
        assertThat(teamsWithOutstanding(MAR, BRIEFING_DATE)).containsExactlyInAnyOrder("FoD 11-25", "Stroud Safeg",
                "Cots Safeg", "Tewkes Safeg", "Glos Safeg Tm 4", "Glos Safeg Tm 6");
        assertThat(teamsWithOutstanding(APR, BRIEFING_DATE)).containsExactlyInAnyOrder("FoD Safeg", "FoD 11-25",
                "Glos Safeg Tm 2", "Glos Safeg Tm 3", "Glos Safeg Tm 4", "Glos Safeg Tm 6", "Glos S 11-25",
                "Stroud Assess", "Chelt Safeg", "Glos N 11-25", "Chelt 11-25", "Chelt 11-25", "Stroud 11-25");
    }

    @Test
    void the_history_holds_a_recategorisation_a_refused_closure_a_reopening_and_revised_due_dates() {
        assertThat(ledger.cases.values().stream().mapToInt(kase -> kase.recategorisations.size()).sum()).isEqualTo(1);
        assertThat(ledger.cases.values().stream().mapToInt(kase -> kase.refusals.size()).sum()).isEqualTo(1);
        assertThat(ledger.cases.values().stream().filter(kase -> kase.transitions.stream()
                .anyMatch(Transition::opens))).hasSize(1);
        Map<YearMonth, Long> revisedPerCohort = ledger.actions.values().stream()
                .filter(action -> !action.revisions.isEmpty())
                .collect(Collectors.groupingBy(action -> action.audit.month, Collectors.counting()));
        assertThat(revisedPerCohort).isEqualTo(Map.of(JAN, 2L, FEB, 2L, MAR, 1L, APR, 2L));
    }

    private static List<String> teamsWithOutstanding(YearMonth cohort, LocalDate asAt) {
        return ledger.actions.values().stream()
                .filter(action -> action.audit.month.equals(cohort) && action.outstandingAt(asAt))
                .map(action -> action.audit).distinct().map(audit -> audit.team).toList();
    }

    private static LocalDate effectiveOn(Object command) {
        try {
            return (LocalDate) command.getClass().getMethod("effectiveOn").invoke(command);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("A command without an effective date: " + command, e);
        }
    }

    /** The audit month of the audit a command is about: its first component names the audit, case or action. */
    private static YearMonth auditMonthOf(Object command) {
        String id;
        try {
            id = (String) command.getClass().getRecordComponents()[0].getAccessor().invoke(command);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        if (ledger.audits.containsKey(id)) {
            return ledger.audits.get(id).month;
        }
        return ledger.cases.containsKey(id) ? ledger.cases.get(id).audit.month : ledger.actions.get(id).audit.month;
    }

    // ---- Figures, by the read models' definitions --------------------------------------------------------------

    /** Overall grades of the month's analysed audits as at the day: moderated (latest revision) or the auditor's. */
    private static GradeCounts grades(YearMonth month, LocalDate asAt, boolean moderated) {
        Map<Grade, Long> counts = ledger.auditsOf(month).stream()
                .filter(audit -> audit.analysedBy(asAt))
                .collect(Collectors.groupingBy(audit -> moderated ? audit.overallAsAt(asAt) : audit.auditorOverall,
                        Collectors.counting()));
        return new GradeCounts(counts.getOrDefault(Grade.OUTSTANDING, 0L), counts.getOrDefault(Grade.GOOD, 0L),
                counts.getOrDefault(Grade.REQUIRES_IMPROVEMENT, 0L), counts.getOrDefault(Grade.INADEQUATE, 0L));
    }

    private static ProgrammeRow programme(YearMonth month, LocalDate asAt) {
        List<AuditFacts> scheduled = ledger.auditsOf(month).stream()
                .filter(audit -> !audit.scheduledOn.isAfter(asAt)).toList();
        long withinTimescale = scheduled.stream()
                .filter(audit -> audit.submittedBy(asAt) && !audit.submittedOn.isAfter(audit.dueDate)).count();
        long late = scheduled.stream().filter(audit -> audit.submittedBy(asAt)
                ? audit.submittedOn.isAfter(audit.dueDate)
                : audit.dueDate.isBefore(asAt)).count();
        long inadmissible = scheduled.stream().filter(audit -> audit.inadmissibleBy(asAt)).count();
        long analysed = scheduled.stream().filter(audit -> audit.analysedBy(asAt)).count();
        return new ProgrammeRow(scheduled.size(), withinTimescale, late, inadmissible, analysed);
    }

    /** Per party (social worker, team manager, child, parent): "engaged/attempted/not appropriate/not recorded". */
    private static EngagementRow engagement(YearMonth month, LocalDate asAt) {
        List<Engagement> submitted = ledger.auditsOf(month).stream()
                .filter(audit -> audit.submittedBy(asAt)).map(audit -> audit.engagement).toList();
        return new EngagementRow(levels(submitted, Engagement::socialWorker), levels(submitted, Engagement::teamManager),
                levels(submitted, Engagement::child), levels(submitted, Engagement::parent));
    }

    private static String levels(List<Engagement> engagements, Function<Engagement, EngagementLevel> party) {
        List<String> counts = new ArrayList<>();
        for (EngagementLevel level : EngagementLevel.values()) {
            counts.add(String.valueOf(engagements.stream().filter(e -> party.apply(e) == level).count()));
        }
        return String.join("/", counts);
    }

    private static long registerSize(LocalDate asAt) {
        return ledger.cases.values().stream().filter(kase -> kase.openAt(asAt)).count();
    }

    private static Map<String, Long> recurrence(Function<CaseFacts, String> by, LocalDate from, LocalDate to) {
        return ledger.cases.values().stream()
                .filter(kase -> !kase.raisedOn.isBefore(from) && !kase.raisedOn.isAfter(to))
                .collect(Collectors.groupingBy(by, LinkedHashMap::new, Collectors.counting()));
    }

    private static TrackerRow tracker(YearMonth cohort, LocalDate asAt) {
        List<ActionFacts> agreed = ledger.actions.values().stream()
                .filter(action -> action.audit.month.equals(cohort) && !action.agreedOn.isAfter(asAt)).toList();
        List<ActionFacts> outstanding = agreed.stream().filter(action -> action.outstandingAt(asAt)).toList();
        return new TrackerRow(agreed.size(),
                agreed.stream().filter(action -> action.completedBy(asAt)).count(),
                agreed.stream().filter(action -> action.completedBy(asAt) && action.completedLate()).count(),
                outstanding.size(),
                agreed.stream().filter(action -> action.notYetDueAt(asAt)).count(),
                outstanding.stream().filter(action -> action.escalatedBy(asAt)).count(),
                agreed.stream().filter(action -> action.cancelledBy(asAt)).count(),
                outstanding.stream().map(action -> action.audit.child).distinct().count());
    }

    private record GradeCounts(long outstanding, long good, long requiresImprovement, long inadequate) {
    }

    private record ProgrammeRow(long scheduled, long completedWithinTimescale, long late, long inadmissible,
            long analysed) {
    }

    private record EngagementRow(String socialWorker, String teamManager, String child, String parent) {
    }

    private record TrackerRow(long total, long completed, long completedLate, long outstanding, long notYetDue,
            long escalated, long cancelled, long casesWithOutstanding) {
    }

    // ---- The facts the commands state ------------------------------------------------------------------------

    /** Replays the commands in list order into plain facts, keeping each fact's effective date. */
    private static final class Ledger {

        final Map<String, AuditFacts> audits = new LinkedHashMap<>();
        final Map<String, CaseFacts> cases = new LinkedHashMap<>();
        final Map<String, ActionFacts> actions = new LinkedHashMap<>();

        List<AuditFacts> auditsOf(YearMonth month) {
            return audits.values().stream().filter(audit -> audit.month.equals(month)).toList();
        }

        void record(Object command) {
            if (command instanceof ScheduleAudit c) {
                audits.put(c.auditId(), new AuditFacts(c));
            } else if (command instanceof SubmitJudgements c) {
                AuditFacts audit = audits.get(c.auditId());
                audit.submittedOn = c.effectiveOn();
                audit.auditorOverall = c.grades().get(OVERALL);
                audit.engagement = c.engagement();
            } else if (command instanceof ModerateJudgement c) {
                audits.get(c.auditId()).moderations.add(new Moderation(c.effectiveOn(), c.grades().get(OVERALL)));
            } else if (command instanceof DeclareAuditInadmissible c) {
                audits.get(c.auditId()).inadmissibleOn = c.effectiveOn();
            } else if (command instanceof RaiseCaseOfConcern c) {
                cases.put(c.caseOfConcernId(), new CaseFacts(c, audits.get(c.auditId())));
            } else if (command instanceof RecordCaseReview c) {
                cases.get(c.caseOfConcernId()).reviews.add(c.effectiveOn());
            } else if (command instanceof RecategoriseCaseOfConcern c) {
                cases.get(c.caseOfConcernId()).recategorisations.add(c.effectiveOn());
            } else if (command instanceof RefuseCaseOfConcernClosure c) {
                cases.get(c.caseOfConcernId()).refusals.add(c.effectiveOn());
            } else if (command instanceof CloseCaseOfConcern c) {
                cases.get(c.caseOfConcernId()).transitions.add(new Transition(c.effectiveOn(), false));
            } else if (command instanceof ReopenCaseOfConcern c) {
                cases.get(c.caseOfConcernId()).transitions.add(new Transition(c.effectiveOn(), true));
            } else if (command instanceof AgreeAuditAction c) {
                actions.put(c.actionId(), new ActionFacts(c, audits.get(c.auditId())));
            } else if (command instanceof ReviseAuditActionDueDate c) {
                actions.get(c.actionId()).revisions.add(new Revision(c.effectiveOn(), c.dueDate()));
            } else if (command instanceof CompleteAuditAction c) {
                actions.get(c.actionId()).completedOn = c.effectiveOn();
            } else if (command instanceof EscalateAuditAction c) {
                actions.get(c.actionId()).escalatedOn = c.effectiveOn();
            } else if (command instanceof CancelAuditAction c) {
                actions.get(c.actionId()).cancelledOn = c.effectiveOn();
            } else {
                throw new AssertionError("A command the ledger does not know: " + command);
            }
        }
    }

    private static final class AuditFacts {

        final String auditId;
        final YearMonth month;
        final String child;
        final String team;
        final LocalDate scheduledOn;
        final LocalDate dueDate;
        final List<Moderation> moderations = new ArrayList<>();
        LocalDate submittedOn;
        Grade auditorOverall;
        Engagement engagement;
        LocalDate inadmissibleOn;

        AuditFacts(ScheduleAudit c) {
            auditId = c.auditId();
            month = c.auditMonth();
            child = c.childReference();
            team = c.team();
            scheduledOn = c.effectiveOn();
            dueDate = c.dueDate();
        }

        boolean submittedBy(LocalDate day) {
            return submittedOn != null && !submittedOn.isAfter(day);
        }

        boolean inadmissibleBy(LocalDate day) {
            return inadmissibleOn != null && !inadmissibleOn.isAfter(day);
        }

        boolean analysedBy(LocalDate day) {
            return submittedBy(day) && !inadmissibleBy(day);
        }

        /** The moderated OVERALL grade of the highest revision effective by the day, else the auditor's. */
        Grade overallAsAt(LocalDate day) {
            Grade overall = auditorOverall;
            for (Moderation moderation : moderations) {
                if (moderation.overall() != null && !moderation.on().isAfter(day)) {
                    overall = moderation.overall();
                }
            }
            return overall;
        }
    }

    private record Moderation(LocalDate on, Grade overall) {
    }

    private static final class CaseFacts {

        final String caseOfConcernId;
        final AuditFacts audit;
        final String team;
        final String worker;
        final Category category;
        final LocalDate raisedOn;
        final List<LocalDate> reviews = new ArrayList<>();
        final List<LocalDate> recategorisations = new ArrayList<>();
        final List<LocalDate> refusals = new ArrayList<>();
        final List<Transition> transitions = new ArrayList<>();

        CaseFacts(RaiseCaseOfConcern c, AuditFacts audit) {
            caseOfConcernId = c.caseOfConcernId();
            this.audit = audit;
            team = audit.team;
            worker = c.worker();
            category = c.category();
            raisedOn = c.effectiveOn();
        }

        boolean openAt(LocalDate day) {
            if (raisedOn.isAfter(day)) {
                return false;
            }
            boolean open = true;
            for (Transition transition : transitions) {
                if (!transition.on().isAfter(day)) {
                    open = transition.opens();
                }
            }
            return open;
        }
    }

    private record Transition(LocalDate on, boolean opens) {
    }

    private static final class ActionFacts {

        final AuditFacts audit;
        final LocalDate agreedOn;
        final LocalDate originalDueDate;
        final List<Revision> revisions = new ArrayList<>();
        LocalDate completedOn;
        LocalDate escalatedOn;
        LocalDate cancelledOn;

        ActionFacts(AgreeAuditAction c, AuditFacts audit) {
            this.audit = audit;
            agreedOn = c.effectiveOn();
            originalDueDate = c.dueDate();
        }

        LocalDate dueDateAt(LocalDate day) {
            LocalDate due = originalDueDate;
            for (Revision revision : revisions) {
                if (!revision.on().isAfter(day)) {
                    due = revision.dueDate();
                }
            }
            return due;
        }

        boolean completedBy(LocalDate day) {
            return completedOn != null && !completedOn.isAfter(day);
        }

        boolean cancelledBy(LocalDate day) {
            return cancelledOn != null && !cancelledOn.isAfter(day);
        }

        boolean escalatedBy(LocalDate day) {
            return escalatedOn != null && !escalatedOn.isAfter(day);
        }

        boolean completedLate() {
            return completedOn.isAfter(dueDateAt(completedOn));
        }

        boolean outstandingAt(LocalDate day) {
            return !completedBy(day) && !cancelledBy(day) && dueDateAt(day).isBefore(day);
        }

        boolean notYetDueAt(LocalDate day) {
            return !completedBy(day) && !cancelledBy(day) && !dueDateAt(day).isBefore(day);
        }
    }

    private record Revision(LocalDate on, LocalDate dueDate) {
    }
}
