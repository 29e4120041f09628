package uk.caseaudit.demo;

import static uk.caseaudit.concern.Category.CATEGORY_1;
import static uk.caseaudit.concern.Category.CATEGORY_2;
import static uk.caseaudit.shared.Grade.GOOD;
import static uk.caseaudit.shared.Grade.INADEQUATE;
import static uk.caseaudit.shared.Grade.REQUIRES_IMPROVEMENT;
import static uk.caseaudit.shared.PracticeArea.MANAGEMENT_OVERSIGHT;
import static uk.caseaudit.shared.PracticeArea.OVERALL;
import static uk.caseaudit.shared.PracticeArea.PLANNING;
import static uk.caseaudit.shared.PracticeArea.SAFETY;
import static uk.caseaudit.shared.PracticeArea.VOICE;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import uk.caseaudit.action.AgreeAuditAction;
import uk.caseaudit.action.CompleteAuditAction;
import uk.caseaudit.action.EscalateAuditAction;
import uk.caseaudit.action.Focus;
import uk.caseaudit.action.ReviseAuditActionDueDate;
import uk.caseaudit.audit.AuditType;
import uk.caseaudit.audit.DeclareAuditInadmissible;
import uk.caseaudit.audit.Engagement;
import uk.caseaudit.audit.EngagementLevel;
import uk.caseaudit.audit.ModerateJudgement;
import uk.caseaudit.audit.ScheduleAudit;
import uk.caseaudit.audit.SubmitJudgements;
import uk.caseaudit.concern.Category;
import uk.caseaudit.concern.CloseCaseOfConcern;
import uk.caseaudit.concern.RaiseCaseOfConcern;
import uk.caseaudit.concern.RecategoriseCaseOfConcern;
import uk.caseaudit.concern.RecordCaseReview;
import uk.caseaudit.concern.RefuseCaseOfConcernClosure;
import uk.caseaudit.concern.ReopenCaseOfConcern;
import uk.caseaudit.shared.Actor;
import uk.caseaudit.shared.Grade;
import uk.caseaudit.shared.PracticeArea;
import uk.caseaudit.shared.WorkingDays;

/**
 * The reference scenario: a county council's audit programme from October 2017 to June 2018, as the commands that
 * were given, in the order they were given. Replayed, it reproduces the figures of the council's May 2018 audit
 * briefing; audit-api's test resource {@code reference-figures.md} lists them and {@code ReferenceScenarioTest}
 * proves them.
 *
 * <p>Children appear only as invented 7-digit case numbers; auditors, workers and owners only as role labels. Teams
 * carry the short names of the briefing's recurrence list ("Chelt Assess", "Glos Safeg Tm 5"), one spelling each.
 * Where the briefing is silent, the facts are plausible choices, and a comment says so where they are made.
 *
 * <p>Ids: {@code audit-2018-05-07} is the 7th audit of audit month May 2018; a month's audits that raised a case of
 * concern come first, so {@code coc-2018-05-03} is raised from {@code audit-2018-05-03}; {@code action-2018-02-0031}
 * is the 31st action of the February 2018 cohort.
 *
 * <p>This class is the source of the demo data: the service loads these steps, written as data by {@link ScenarioFile},
 * from its resource {@code demo/reference-scenario.jsonl} at its first start, and {@code ReferenceScenarioFileTest}
 * fails while the file differs from them. After a change here, regenerate the file and commit it with the change:
 * <pre>
 * ./mvnw -B -o -pl audit-api -am test -Dtest=ReferenceScenarioFileTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dreference-scenario.write=true
 * </pre>
 */
final class ReferenceScenario {

    /** The day the briefing's "in May" figures are taken as at. */
    static final LocalDate END_OF_MAY = LocalDate.of(2018, 5, 31);
    /**
     * The day of the briefing. It states no date; it reports a meeting "at the beginning of June" as held and the
     * "June diagnostics workshops" as to come, so mid-June is our choice.
     */
    static final LocalDate BRIEFING_DATE = LocalDate.of(2018, 6, 15);
    /** The day the May programme was analysed: our choice, a week after the May audits fell due. */
    static final LocalDate PROGRAMME_ANALYSED_ON = LocalDate.of(2018, 6, 8);

    private static final Actor QA_LEAD = new Actor("qa-lead", "QA_LEAD");
    private static final Actor AUDITOR = new Actor("auditor", "AUDITOR");
    private static final Actor MODERATOR = new Actor("moderator", "MODERATOR");
    private static final Actor TEAM_MANAGER = new Actor("team-manager", "TEAM_MANAGER");
    private static final Actor HEAD_OF_SERVICE = new Actor("head-of-service", "HEAD_OF_SERVICE");
    private static final Actor IMPROVEMENT_DIRECTOR = new Actor("improvement-director", "IMPROVEMENT_DIRECTOR");

    private static final Grade RI = REQUIRES_IMPROVEMENT;
    private static final Grade INAD = INADEQUATE;
    /** The one worker with two cases of concern in January–May 2018 (see {@link #CASES_2018}). */
    private static final String AGENCY_WORKER = "Agency SW (Gloucester Team 7)";

    /** Working days in England in the scenario's months: nothing is submitted, reviewed or due on a bank holiday. */
    private static final WorkingDays WORKING_DAYS = new WorkingDays(Set.of(
            date("2017-12-25"), date("2017-12-26"), date("2018-01-01"), date("2018-03-30"), date("2018-04-02"),
            date("2018-05-07"), date("2018-05-28"), date("2018-08-27")));

    /** The working days of 1–14 June 2018, before the briefing: June's completions and deadlines cycle through them. */
    private static final List<LocalDate> FIRST_HALF_OF_JUNE = WORKING_DAYS.between(date("2018-06-01"),
            date("2018-06-14"));
    /** The last working day before the end of May: actions meant to be outstanding then fall due by this day. */
    private static final LocalDate LAST_DUE_BEFORE_END_OF_MAY = date("2018-05-30");
    /** The deadline of the actions still "not yet due" at the briefing. */
    private static final LocalDate END_OF_JUNE = date("2018-06-29");

    /**
     * Every team, in the short names of the briefing's recurrence list ("Gloucester Team 3" of its text is
     * "Glos Safeg Tm 3" here). The briefing names no service areas; ours follow the team's kind.
     */
    private static final List<String> TEAMS = List.of(
            "Chelt Assess", "Chelt Safeg", "Chelt 11-25", "Tewkes Assess", "Tewkes Safeg",
            "FoD Assess", "FoD Safeg", "FoD 11-25", "Stroud Assess", "Stroud Safeg", "Stroud 11-25",
            "Cots Assess", "Cots Safeg", "Glos Safeg Tm 1", "Glos Safeg Tm 2", "Glos Safeg Tm 3", "Glos Safeg Tm 4",
            "Glos Safeg Tm 5", "Glos Safeg Tm 6", "Glos Safeg Tm 7", "Glos S 11-25", "Glos N 11-25");

    private static final Map<Grade, String> SUMMARIES = Map.of(
            GOOD, "Risks assessed in a timely way; clear, child-focused planning; manager oversight drives progress.",
            RI, "Emerging good practice, held back by variable risk analysis and a plan unclear about outcomes.",
            INADEQUATE, "Risks not assessed or addressed; no effective safety plan; no evident management oversight.");

    private static final Map<Grade, String> CHANGED_GRADE = Map.of(
            GOOD, "The group found the child's plan and its impact good; overall grade raised to GOOD.",
            RI, "The group found the practice not yet good; overall grade changed to REQUIRES_IMPROVEMENT.",
            INADEQUATE, "The group found the risks to the child unassessed; overall grade changed to INADEQUATE.");

    private static final Map<Category, String> CONCERNS = Map.of(
            CATEGORY_1, "Safety planning appears to be drifting; the risks are not assessed and there is no focused "
                    + "intervention or management direction.",
            CATEGORY_2, "The risk assessment and the service offered do not appear appropriate to the child's needs; "
                    + "no evidenced management oversight or case direction.");

    private static final List<String> IMPACT_ACTIONS = List.of(
            "Review the safety plan with the family and the core group: which risks it must reduce, and how.",
            "Visit the child with a clear purpose and record what the child says about their situation.",
            "Complete direct work with the child and bring their views into the plan at its next review.",
            "Agree with the child's network what must change for the child, and by when.");

    /**
     * The programme month by month. October and November 2017 hold only the inadequate audits whose cases of concern
     * were on the register when 2018 began (the rest of the 2017 programme lies outside the briefing). In 2018
     * {@code teams} are the audits that raised no case of concern, GOOD ones first; the inadequate ones are the month's
     * rows of {@link #CASES}. {@code ModerationChanges}: how many moderated grades differ from the auditor's (GOOD
     * from RI, RI from GOOD, RI from INADEQUATE), our choice. Engagement counts are engaged/attempted/not
     * appropriate/not recorded per party (social worker, team manager, child, parent) over the submitted audits; only
     * May's (and April's 7 children engaged) come from the briefing, the rest are our choice.
     */
    private static final List<MonthPlan> PROGRAMME = List.of(
            new MonthPlan(YearMonth.of(2017, 10), date("2017-10-02"), date("2017-10-31"), 0, teams(""),
                    new ModerationChanges(0, 0, 0),
                    new Engagements("9/5/0/0", "8/6/0/0", "1/4/9/0", "5/6/1/2"), null, null),
            new MonthPlan(YearMonth.of(2017, 11), date("2017-11-01"), date("2017-11-30"), 0, teams(""),
                    new ModerationChanges(0, 0, 0),
                    new Engagements("9/5/0/0", "8/6/0/0", "1/4/9/0", "5/6/1/2"), null, null),
            new MonthPlan(YearMonth.of(2018, 1), date("2018-01-02"), date("2018-01-31"), 0, teams(
                    "Chelt Safeg, Chelt 11-25, Tewkes Safeg, FoD Safeg, FoD 11-25, Stroud Safeg, Stroud 11-25, "
                            + "Cots Assess, Cots Safeg, Glos Safeg Tm 1, Glos Safeg Tm 2, Glos Safeg Tm 3, "
                            + "Glos Safeg Tm 4, Glos Safeg Tm 6, Glos Safeg Tm 7, Glos S 11-25, Glos N 11-25, "
                            + "Chelt Assess, Tewkes Assess, FoD Assess, Stroud Assess, Glos Safeg Tm 5, "
                            + "Glos Safeg Tm 1, Glos Safeg Tm 3, Chelt Safeg, Glos N 11-25, Stroud Safeg"),
                    new ModerationChanges(0, 2, 1),
                    new Engagements("20/10/0/2", "18/12/0/2", "3/9/18/2", "9/13/4/6"), null, null),
            new MonthPlan(YearMonth.of(2018, 2), date("2018-02-01"), date("2018-02-28"), 0, teams(
                    "Glos Safeg Tm 4, Chelt Safeg, Chelt 11-25, Tewkes Assess, FoD Assess, FoD Safeg, FoD 11-25, "
                            + "Stroud Assess, Stroud Safeg, Stroud 11-25, Cots Safeg, Glos Safeg Tm 2, "
                            + "Glos Safeg Tm 3, Glos Safeg Tm 5, Glos Safeg Tm 6, Glos Safeg Tm 7, Glos N 11-25, "
                            + "Chelt Assess"),
                    new ModerationChanges(0, 1, 0),
                    new Engagements("15/8/0/0", "13/9/0/1", "2/7/13/1", "8/9/3/3"), null, null),
            new MonthPlan(YearMonth.of(2018, 3), date("2018-03-01"), date("2018-03-29"), 2, teams(
                    "Cots Assess, Chelt Safeg, FoD 11-25, Stroud Safeg, Cots Safeg, Tewkes Safeg, Glos Safeg Tm 4, "
                            + "Glos Safeg Tm 6, Chelt 11-25, Stroud 11-25, Glos N 11-25, Glos Safeg Tm 1, "
                            + "Glos Safeg Tm 7, Chelt Assess, Glos Safeg Tm 5"),
                    new ModerationChanges(1, 1, 0),
                    new Engagements("16/8/0/0", "14/10/0/0", "4/6/14/0", "9/10/3/2"), null, null),
            new MonthPlan(YearMonth.of(2018, 4), date("2018-04-03"), date("2018-04-30"), 1, teams(
                    "Cots Assess, FoD Safeg, FoD 11-25, Glos Safeg Tm 2, Glos Safeg Tm 3, Glos Safeg Tm 4, "
                            + "Glos Safeg Tm 6, Glos S 11-25, Stroud Assess, Chelt Safeg, Chelt 11-25, Chelt 11-25, "
                            + "Stroud 11-25, Cots Safeg, Tewkes Safeg, Tewkes Assess, Chelt Assess, Glos Safeg Tm 5, "
                            + "Glos Safeg Tm 1"),
                    new ModerationChanges(0, 2, 1),
                    new Engagements("17/10/0/0", "15/12/0/0", "7/6/14/0", "10/11/2/4"), null, null),
            // The two GOOD audits are in the teams of the briefing's two good cases. The audit declared inadmissible
            // and the one never submitted are in teams of our choice.
            new MonthPlan(YearMonth.of(2018, 5), date("2018-05-01"), date("2018-05-31"), 2, teams(
                    "Glos Safeg Tm 3, Cots Assess, Chelt 11-25, FoD Assess, FoD Safeg, FoD 11-25, Stroud Safeg, "
                            + "Stroud 11-25, Glos Safeg Tm 1, Glos Safeg Tm 4, Glos Safeg Tm 5, Glos Safeg Tm 7, "
                            + "Glos S 11-25, Glos N 11-25, Tewkes Safeg, Cots Safeg"),
                    new ModerationChanges(1, 1, 0),
                    // Parents: 12 engaged, 10 attempted; the briefing accounts for 2 of the other 4 ("not stated")
                    // and leaves 2 out: all 4 are NOT_RECORDED here.
                    new Engagements("18/8/0/0", "16/10/0/0", "0/9/17/0", "12/10/0/4"),
                    "Stroud Assess", "Glos Safeg Tm 6"));

    /**
     * Every case of concern raised from a 2018 audit: one per inadequate audit, raised by a Head of Service on the day
     * the moderation group confirmed the grade. "RI" in the grade column: the auditor had graded the audit
     * REQUIRES_IMPROVEMENT and moderation made it INADEQUATE. Dates (month-day in 2018), categories and workers are
     * our choice, made so that the register's size at the month ends and the recurrence by team and worker are the
     * briefing's.
     *
     * <p>The briefing's one worker with two cases is "an agency Social Worker in Gloucester Team 7", yet no
     * Gloucester team but those listed had more than one case. We read it as the worker's team at the time of the
     * briefing: their first case (January) was held in Glos Safeg Tm 5, before they moved to Team 7 (April).
     *
     * <p>Unusual histories of coc-2018-01-01, -02-04, -03-04 and audit-2018-03-05 are in {@link #unusualHistories()}.
     */
    private static final List<CasePlan> CASES_2018 = List.of(
            //  case     team                category    worker          grade  submit   raised   review   sign-off
            coc("01-01", "Chelt Assess",     CATEGORY_2, "SW 101",       RI,    "01-10", "01-16", "01-30", "03-08"),
            coc("01-02", "Tewkes Assess",    CATEGORY_1, "SW 102",       INAD,  "01-12", "01-17", "01-18", "02-14"),
            coc("01-03", "Glos Safeg Tm 5",  CATEGORY_2, AGENCY_WORKER,  INAD,  "01-17", "01-22", "02-05", "02-26"),
            coc("01-04", "FoD Assess",       CATEGORY_2, "SW 103",       RI,    "01-19", "01-25", "02-08", "03-20"),
            coc("01-05", "Stroud Assess",    CATEGORY_2, "SW 104",       INAD,  "01-24", "01-29", "02-19", "05-10"),

            coc("02-01", "Chelt Assess",     CATEGORY_2, "SW 105",       INAD,  "02-07", "02-12", "02-26", "03-15"),
            coc("02-02", "Glos S 11-25",     CATEGORY_2, "SW 106",       RI,    "02-09", "02-14", "03-05", "03-27"),
            coc("02-03", "Glos Safeg Tm 1",  CATEGORY_2, "SW 107",       INAD,  "02-14", "02-19", "03-12", "04-10"),
            coc("02-04", "Tewkes Safeg",     CATEGORY_1, "SW 108",       INAD,  "02-16", "02-21", "02-22", "04-17"),
            coc("02-05", "Cots Assess",      CATEGORY_2, "SW 109",       INAD,  "02-21", "02-26", "03-19", null),

            coc("03-01", "Chelt Assess",     CATEGORY_2, "SW 110",       RI,    "03-07", "03-12", "03-26", "04-12"),
            coc("03-02", "Tewkes Assess",    CATEGORY_2, "SW 111",       INAD,  "03-08", "03-13", "03-28", "04-19"),
            coc("03-03", "FoD Assess",       CATEGORY_1, "SW 112",       INAD,  "03-09", "03-14", "03-15", "04-05"),
            coc("03-04", "Stroud Assess",    CATEGORY_2, "SW 113",       INAD,  "03-13", "03-16", "04-03", "04-11"),
            coc("03-05", "Glos Safeg Tm 5",  CATEGORY_2, "SW 114",       RI,    "03-14", "03-19", "04-04", "04-24"),
            coc("03-06", "Glos Safeg Tm 2",  CATEGORY_2, "SW 115",       INAD,  "03-16", "03-21", "04-16", "05-08"),
            coc("03-07", "Glos S 11-25",     CATEGORY_2, "SW 116",       INAD,  "03-20", "03-23", "04-18", "05-22"),
            coc("03-08", "FoD Safeg",        CATEGORY_2, "SW 117",       INAD,  "03-21", "03-26", "04-20", null),
            coc("03-09", "Glos Safeg Tm 3",  CATEGORY_2, "SW 118",       INAD,  "03-22", "03-27", "04-25", null),

            coc("04-01", "Chelt Assess",     CATEGORY_2, "SW 119",       INAD,  "04-10", "04-13", "04-30", "05-17"),
            coc("04-02", "Tewkes Assess",    CATEGORY_1, "SW 120",       RI,    "04-11", "04-16", "04-17", "05-09"),
            coc("04-03", "FoD Assess",       CATEGORY_2, "SW 121",       INAD,  "04-12", "04-17", "05-03", "05-29"),
            coc("04-04", "Glos Safeg Tm 5",  CATEGORY_2, "SW 122",       INAD,  "04-16", "04-19", "05-08", null),
            coc("04-05", "Glos Safeg Tm 1",  CATEGORY_2, "SW 123",       RI,    "04-18", "04-23", "05-10", null),
            coc("04-06", "Glos Safeg Tm 7",  CATEGORY_2, AGENCY_WORKER,  INAD,  "04-19", "04-24", "05-14", null),
            coc("04-07", "Stroud Safeg",     CATEGORY_2, "SW 124",       INAD,  "04-20", "04-25", "05-16", null),
            coc("04-08", "Glos N 11-25",     CATEGORY_2, "SW 125",       INAD,  "04-24", "04-27", "05-21", null),

            // The briefing's three Category 1 cases from May audits, in the teams it names (Tewkesbury C&F, Gloucester
            // Team 6, Cheltenham Safeguarding Team): reviewed the next working day, signed off within May.
            coc("05-01", "Tewkes Safeg",     CATEGORY_1, "SW 126",       INAD,  "05-09", "05-14", "05-15", "05-24"),
            coc("05-02", "Glos Safeg Tm 6",  CATEGORY_1, "SW 127",       INAD,  "05-10", "05-15", "05-16", "05-25"),
            coc("05-03", "Chelt Safeg",      CATEGORY_1, "SW 128",       RI,    "05-11", "05-16", "05-17", "05-30"),
            coc("05-04", "Chelt Assess",     CATEGORY_2, "SW 129",       INAD,  "05-14", "05-17", "06-01", null),
            coc("05-05", "Chelt Assess",     CATEGORY_2, "SW 130",       INAD,  "05-15", "05-18", "06-04", null),
            coc("05-06", "Tewkes Assess",    CATEGORY_2, "SW 131",       RI,    "05-16", "05-21", "06-05", null),
            coc("05-07", "Stroud Assess",    CATEGORY_2, "SW 132",       INAD,  "05-17", "05-22", "06-06", null),
            coc("05-08", "Glos Safeg Tm 2",  CATEGORY_2, "SW 133",       INAD,  "05-18", "05-23", "06-07", null),
            coc("05-09", "Cots Safeg",       CATEGORY_2, "SW 134",       INAD,  "05-21", "05-24", "06-08", null));

    /**
     * The sign-off days of the 28 cases raised from the October and November 2017 audits, in the order raised: 4 in
     * December, 8 in January, 7 in February, 5 in March, 3 in April, and one long-standing case in July. With the 5
     * January cases that makes the briefing's "33 raised between November 2017 and January 2018".
     */
    private static final List<String> SIGN_OFFS_OF_2017_CASES = List.of(
            "2017-12-05", "2017-12-12", "2017-12-14", "2017-12-19",
            "2018-01-09", "2018-01-11", "2018-01-16", "2018-01-18", "2018-01-23", "2018-01-25", "2018-01-29",
            "2018-01-31", "2018-02-06", "2018-02-08",
            "2018-02-13", "2018-02-15", "2018-02-20", "2018-02-22", "2018-02-27",
            "2018-03-06", "2018-03-13", "2018-03-22", "2018-03-27", "2018-03-29",
            "2018-04-05", "2018-04-20", "2018-04-26",
            "2018-07-12");

    private static final List<CasePlan> CASES = Stream.concat(casesRaisedIn2017().stream(), CASES_2018.stream())
            .toList();

    /**
     * The actions of each cohort (the audit month of the action's audit), spread evenly over the month's analysed
     * audits, more on the inadequate ones. "Pinned" actions are those still outstanding at the briefing, on the
     * children's cases it describes (by team); the rest follow the batches, interleaved. Working days count from the
     * day the action was agreed, which is the day the audit's judgements were submitted. Late completions, revisions
     * and escalation days are our choice; the counts at the end of May and at the briefing are the briefing's.
     */
    private static final Map<YearMonth, CohortPlan> ACTIONS = Map.of(
            // Two actions for each audit the register's history holds; all completed in time.
            YearMonth.of(2017, 10), new CohortPlan(List.of(), List.of(new Batch(28, onTime(20)))),
            YearMonth.of(2017, 11), new CohortPlan(List.of(), List.of(new Batch(28, onTime(20)))),
            // 155: all completed by the end of May.
            YearMonth.of(2018, 1), new CohortPlan(List.of(), List.of(
                    new Batch(136, onTime(25)), new Batch(17, late(15, 7)), new Batch(2, revisedThenOnTime(15, 10)))),
            // 127: 116 completed and 11 outstanding at the end of May; 7 of these completed in June, leaving the 4 of
            // one Gloucester child's case, escalated at the start of June.
            YearMonth.of(2018, 2), new CohortPlan(List.of(
                    new Pinned("Glos Safeg Tm 4", times(4, escalated(30, date("2018-06-04"))))), List.of(
                    new Batch(98, onTime(25)), new Batch(16, late(20, 8)), new Batch(2, revisedThenOnTime(20, 10)),
                    new Batch(7, completedInJune(30)))),
            // 125: 24 outstanding at the end of May; 15 completed in June, leaving 9 on 6 cases (Forest, Stroud,
            // Cotswold, Tewkesbury, two Gloucester), all escalated: 3 in late May, 6 at the start of June.
            YearMonth.of(2018, 3), new CohortPlan(List.of(
                    new Pinned("FoD 11-25", times(2, escalated(25, date("2018-05-24")))),
                    new Pinned("Stroud Safeg", times(2, escalated(25, date("2018-06-04")))),
                    new Pinned("Cots Safeg",
                            List.of(escalated(25, date("2018-05-24")), escalated(25, date("2018-06-04")))),
                    new Pinned("Tewkes Safeg", times(1, escalated(25, date("2018-06-04")))),
                    new Pinned("Glos Safeg Tm 4", times(1, escalated(25, date("2018-06-04")))),
                    new Pinned("Glos Safeg Tm 6", times(1, escalated(25, date("2018-06-04"))))), List.of(
                    new Batch(86, onTime(20)), new Batch(14, late(15, 6)), new Batch(1, revisedThenOnTime(15, 10)),
                    new Batch(15, completedInJune(25)))),
            // 134: 48 outstanding and 2 not yet due at the end of May (the briefing is silent on the latter: one
            // falls due on 8 June and is done the day before; one had its due date moved to the end of June). At the
            // briefing 23 outstanding and 1 not yet due across 13 cases: the briefing lists 12 (the Forest, 5
            // Gloucester, Stroud, Chelt, Glos North 11-25, 2 Chelt 11-25, Stroud 11-25); the Forest has two here.
            // 5 of them escalated in June: our choice.
            YearMonth.of(2018, 4), new CohortPlan(List.of(
                    new Pinned("FoD Safeg", times(2, escalated(15, date("2018-06-11")))),
                    new Pinned("FoD 11-25", List.of(escalated(15, date("2018-06-11")), neverCompleted(15))),
                    new Pinned("Glos Safeg Tm 2", times(2, neverCompleted(15))),
                    new Pinned("Glos Safeg Tm 3", times(2, neverCompleted(15))),
                    new Pinned("Glos Safeg Tm 4", List.of(neverCompleted(15), revisedToEndOfJune(10, 3))),
                    new Pinned("Glos Safeg Tm 6", times(2, neverCompleted(15))),
                    new Pinned("Glos S 11-25", times(2, escalated(15, date("2018-06-11")))),
                    new Pinned("Stroud Assess", times(2, neverCompleted(15))),
                    new Pinned("Chelt Safeg", times(2, neverCompleted(15))),
                    new Pinned("Glos N 11-25", times(2, neverCompleted(15))),
                    new Pinned("Chelt 11-25", times(2, neverCompleted(15))),
                    new Pinned("Chelt 11-25", times(1, neverCompleted(15))),
                    new Pinned("Stroud 11-25", times(1, neverCompleted(15)))), List.of(
                    new Batch(71, onTime(12)), new Batch(12, late(8, 5)), new Batch(1, revisedThenOnTime(8, 6)),
                    new Batch(25, completedInJune(15)), new Batch(1, dueOn(date("2018-06-08"), date("2018-06-07"))))),
            // 132: 28 completed, 62 outstanding, 42 not yet due at the end of May. The briefing is silent on June:
            // 40 of the outstanding and 21 of the not yet due are completed by the briefing.
            YearMonth.of(2018, 5), new CohortPlan(List.of(), List.of(
                    new Batch(24, quick(5, 2)), new Batch(4, quick(1, 3)),
                    new Batch(40, completedInJune(3)), new Batch(22, neverCompleted(3)),
                    new Batch(15, dueInFirstHalfOfJune(true)), new Batch(5, dueInFirstHalfOfJune(false)),
                    new Batch(6, dueAtEndOfJune(true)), new Batch(16, dueAtEndOfJune(false)))));

    private final List<DatedStep> timeline = new ArrayList<>();
    private int children;
    private int audits;

    private ReferenceScenario() {
    }

    /** The whole scenario, every command with its actor, in an order in which each is valid when given. */
    static List<ScenarioStep> steps() {
        ReferenceScenario scenario = new ReferenceScenario();
        PROGRAMME.forEach(scenario::auditMonth);
        scenario.unusualHistories();
        return scenario.timeline.stream()
                .sorted(Comparator.comparing(DatedStep::on).thenComparingInt(DatedStep::sequence))
                .map(DatedStep::step)
                .toList();
    }

    private void auditMonth(MonthPlan plan) {
        List<CasePlan> cases = CASES.stream().filter(c -> c.auditMonth().equals(plan.month())).toList();
        int submitted = cases.size() + plan.teams().size() + (plan.inadmissibleTeam() == null ? 0 : 1);
        Iterator<Engagement> engagements = engagements(plan.engagement(), submitted).iterator();
        List<PlannedAudit> analysed = new ArrayList<>();
        int number = 0;

        for (CasePlan planned : cases) {
            PlannedAudit audit = schedule(plan, ++number, planned.team(), planned.submittedOn());
            Map<PracticeArea, Grade> grades = submit(audit, number, planned.auditorGrade(), engagements.next());
            moderate(audit, planned.raisedOn(), grades, INADEQUATE, number);
            raise(audit, planned);
            analysed.add(audit);
        }

        LocalDate firstSubmission = plan.scheduledOn().plusDays(5);
        LocalDate lastSubmission = WORKING_DAYS.onOrBefore(plan.dueOn().minusDays(6));
        for (int i = 0; i < plan.teams().size(); i++) {
            Grade moderated = i < plan.good() ? GOOD : RI;
            Grade byAuditor = plan.changes().auditorGrade(i, plan.good());
            LocalDate submittedOn = spread(i, plan.teams().size(), firstSubmission, lastSubmission);
            PlannedAudit audit = schedule(plan, ++number, plan.teams().get(i), submittedOn);
            Map<PracticeArea, Grade> grades = submit(audit, number, byAuditor, engagements.next());
            moderate(audit, WORKING_DAYS.plus(submittedOn, 2), grades, moderated, number);
            analysed.add(audit);
        }

        if (plan.inadmissibleTeam() != null) {
            // Our choice of reason: the briefing says only that one audit was inadmissible.
            LocalDate submittedOn = date("2018-05-14");
            PlannedAudit audit = schedule(plan, ++number, plan.inadmissibleTeam(), submittedOn);
            submit(audit, number, RI, engagements.next());
            LocalDate declaredOn = date("2018-05-21");
            give(declaredOn, QA_LEAD, new DeclareAuditInadmissible(audit.auditId(),
                    "The child's records moved to another authority during the audit; the file could not be read "
                            + "in full.", declaredOn, null));
        }
        if (plan.unsubmittedTeam() != null) {
            // Never submitted (our choice of story: the auditor was on long-term sick leave).
            schedule(plan, ++number, plan.unsubmittedTeam(), null);
        }
        agreeActions(plan.month(), analysed, ACTIONS.get(plan.month()));
    }

    private PlannedAudit schedule(MonthPlan plan, int number, String team, LocalDate submittedOn) {
        PlannedAudit audit = new PlannedAudit(String.format("audit-%s-%02d", plan.month(), number), plan.month(),
                nextChild(), team, submittedOn);
        give(plan.scheduledOn(), QA_LEAD, new ScheduleAudit(audit.auditId(), plan.month(), audit.child(), team,
                serviceArea(team), AuditType.CASE_FILE, auditorLabel(++audits), plan.dueOn(), plan.scheduledOn()));
        return audit;
    }

    private Map<PracticeArea, Grade> submit(PlannedAudit audit, int number, Grade overall, Engagement engagement) {
        Map<PracticeArea, Grade> grades = auditorGrades(overall, number);
        give(audit.submittedOn(), AUDITOR, new SubmitJudgements(audit.auditId(), grades, engagement,
                SUMMARIES.get(overall), audit.submittedOn(), null));
        return grades;
    }

    /**
     * The moderation group looks at every audit. Where it changes the overall grade it moderates OVERALL and SAFETY;
     * otherwise it agrees them, except on every fourth audit, where it discussed management oversight only (so the
     * auditor's overall grade stands unmoderated).
     */
    private void moderate(PlannedAudit audit, LocalDate on, Map<PracticeArea, Grade> auditorGrades, Grade overall,
            int number) {
        Grade byAuditor = auditorGrades.get(OVERALL);
        Map<PracticeArea, Grade> grades = new EnumMap<>(PracticeArea.class);
        String rationale;
        if (overall != byAuditor) {
            grades.put(OVERALL, overall);
            grades.put(SAFETY, overall);
            rationale = CHANGED_GRADE.get(overall);
        } else if (overall == RI && number % 4 == 3) {
            grades.put(MANAGEMENT_OVERSIGHT, auditorGrades.get(MANAGEMENT_OVERSIGHT));
            rationale = "Agreed; the group discussed management oversight only.";
        } else {
            grades.put(OVERALL, overall);
            grades.put(SAFETY, auditorGrades.get(SAFETY));
            rationale = "The moderation group agreed the auditor's judgements.";
        }
        give(on, MODERATOR, new ModerateJudgement(audit.auditId(), grades, rationale, on, null));
    }

    private void raise(PlannedAudit audit, CasePlan planned) {
        String id = planned.caseOfConcernId();
        give(planned.raisedOn(), HEAD_OF_SERVICE, new RaiseCaseOfConcern(audit.auditId(), id, audit.child(),
                planned.category(), CONCERNS.get(planned.category()), planned.worker(), planned.raisedOn(), null));
        give(planned.reviewedOn(), HEAD_OF_SERVICE, new RecordCaseReview(id,
                "The Head of Service reviewed the child's case: the child is seen regularly, the plan is progressing "
                        + "and the manager's direction is recorded.", planned.reviewedOn(), null));
        if (planned.closedOn() != null) {
            give(planned.closedOn(), IMPROVEMENT_DIRECTOR, new CloseCaseOfConcern(id,
                    "The Head of Service's assurance shows the risks are understood and reduced; no longer a case "
                            + "of concern.", planned.closedOn(), null));
        }
    }

    /** Histories that are more than raised, reviewed and signed off: one of each kind, our choice of case. */
    private void unusualHistories() {
        // The first request to close a January case was refused: the Director wanted evidence that the safety plan
        // was being followed. A second review gave it; the case was signed off on 8 March (its row).
        give(date("2018-02-13"), IMPROVEMENT_DIRECTOR, new RefuseCaseOfConcernClosure("coc-2018-01-01",
                "No evidence yet that the safety plan is followed at home; more assurance needed.",
                date("2018-02-13"), null));
        give(date("2018-03-01"), HEAD_OF_SERVICE, new RecordCaseReview("coc-2018-01-01",
                "Core group minutes and two unannounced visits show the safety plan is followed.",
                date("2018-03-01"), null));
        // A February case raised as Category 1: the next day's review found the child not at immediate risk but the
        // service offer wrong, so it became Category 2, needing a fresh review before its sign-off on 17 April.
        give(date("2018-03-05"), HEAD_OF_SERVICE, new RecategoriseCaseOfConcern("coc-2018-02-04", CATEGORY_2,
                "The child is not at immediate risk; the service offered does not meet the child's needs.",
                date("2018-03-05"), null));
        give(date("2018-04-09"), HEAD_OF_SERVICE, new RecordCaseReview("coc-2018-02-04",
                "A new plan with a specialist service is in place and reviewed in supervision.",
                date("2018-04-09"), null));
        // A March case signed off on 11 April was reopened after a re-referral with new concerns; still open in June.
        give(date("2018-04-26"), IMPROVEMENT_DIRECTOR, new ReopenCaseOfConcern("coc-2018-03-04",
                "A re-referral raised new concerns about the child's safety at home.", date("2018-04-26"), null));
        give(date("2018-05-15"), HEAD_OF_SERVICE, new RecordCaseReview("coc-2018-03-04",
                "A strategy discussion was held; a child protection enquiry is under way.", date("2018-05-15"), null));
        // A March audit moderated twice: agreed as REQUIRES_IMPROVEMENT first; the external moderator's second look
        // made it INADEQUATE (revision 2, on the day its case was raised).
        give(date("2018-03-16"), MODERATOR, new ModerateJudgement("audit-2018-03-05", Map.of(OVERALL, RI),
                "The moderation group agreed the auditor's judgements.", date("2018-03-16"), null));
    }

    private void agreeActions(YearMonth cohort, List<PlannedAudit> audits, CohortPlan plan) {
        int[] counts = new int[audits.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = plan.total() / counts.length + (i < plan.total() % counts.length ? 1 : 0);
        }
        Map<Integer, List<Course>> pinned = new HashMap<>();
        for (Pinned pin : plan.pinned()) {
            int audit = 0;
            while (!audits.get(audit).team().equals(pin.team()) || pinned.containsKey(audit)) {
                audit++;
            }
            pinned.put(audit, pin.courses());
        }
        Iterator<Course> others = interleave(plan.batches()).iterator();
        Map<Course, Integer> taken = new IdentityHashMap<>();
        int serial = 0;
        for (int i = 0; i < audits.size(); i++) {
            List<Course> courses = pinned.getOrDefault(i, List.of());
            if (courses.size() > counts[i]) {
                throw new IllegalStateException("Too many pinned actions for " + audits.get(i).auditId());
            }
            for (int j = 0; j < counts[i]; j++) {
                Course course = j < courses.size() ? courses.get(j) : others.next();
                int before = taken.merge(course, 1, Integer::sum) - 1;
                String actionId = String.format("action-%s-%04d", cohort, ++serial);
                agree(audits.get(i), actionId, j, course.fateOf(audits.get(i).submittedOn(), before));
            }
        }
        if (others.hasNext()) {
            throw new IllegalStateException("Actions of " + cohort + " left without an audit");
        }
    }

    private void agree(PlannedAudit audit, String actionId, int j, Fate fate) {
        LocalDate agreedOn = audit.submittedOn();
        // Two in three actions are impact-focused, as inspectors want; the others are process.
        boolean impact = j % 3 != 2;
        String description = impact
                ? IMPACT_ACTIONS.get(j % IMPACT_ACTIONS.size())
                : "Record the manager's direction and the learning from the audit in supervision notes.";
        give(agreedOn, AUDITOR, new AgreeAuditAction(audit.auditId(), actionId, description,
                "Team Manager, " + audit.team(), audit.team(), fate.dueDate(), impact ? Focus.IMPACT : Focus.PROCESS,
                agreedOn, null));
        if (fate.revisedOn() != null) {
            give(fate.revisedOn(), TEAM_MANAGER, new ReviseAuditActionDueDate(actionId, fate.revisedDueDate(),
                    "The child's review conference was moved; the action follows it.", fate.revisedOn(), null));
        }
        if (fate.escalatedOn() != null) {
            give(fate.escalatedOn(), HEAD_OF_SERVICE, new EscalateAuditAction(actionId,
                    "Overdue; escalated for the attention of the Head of Service.", fate.escalatedOn(), null));
        }
        if (fate.completedOn() != null) {
            give(fate.completedOn(), TEAM_MANAGER, new CompleteAuditAction(actionId,
                    "Done and recorded on the child's file.", fate.completedOn(), null));
        }
    }

    private void give(LocalDate on, Actor actor, Object command) {
        timeline.add(new DatedStep(on, timeline.size(), new ScenarioStep(actor, command)));
    }

    /** An invented 7-digit case number, never the same twice (7919 is prime, so the sequence does not repeat). */
    private String nextChild() {
        return String.valueOf(5_000_000 + (++children * 7_919 + 104_729) % 1_000_000);
    }

    // ---- The cases of concern raised in late 2017 -------------------------------------------------------------

    /**
     * The 28 cases on the register's history before 2018: 14 from each of the October and November 2017 audits,
     * raised in November and December, every fifth one Category 1. Teams rotate; workers are numbered SW 001 to 028.
     */
    private static List<CasePlan> casesRaisedIn2017() {
        List<CasePlan> cases = new ArrayList<>();
        LocalDate[][] windows = {
                // submitted from, to; raised from, to
                {date("2017-10-09"), date("2017-10-27"), date("2017-11-01"), date("2017-11-17")},
                {date("2017-11-06"), date("2017-11-22"), date("2017-11-20"), date("2017-12-12")}};
        for (int m = 0; m < 2; m++) {
            YearMonth month = YearMonth.of(2017, 10 + m);
            for (int i = 0; i < 14; i++) {
                int serial = m * 14 + i;
                Category category = i % 5 == 0 ? CATEGORY_1 : CATEGORY_2;
                LocalDate raisedOn = spread(i, 14, windows[m][2], windows[m][3]);
                cases.add(new CasePlan(String.format("coc-%s-%02d", month, i + 1),
                        TEAMS.get((serial * 5 + m) % TEAMS.size()), category, String.format("SW %03d", serial + 1),
                        INADEQUATE, spread(i, 14, windows[m][0], windows[m][1]), raisedOn,
                        WORKING_DAYS.plus(raisedOn, category == CATEGORY_1 ? 1 : 10),
                        date(SIGN_OFFS_OF_2017_CASES.get(serial))));
            }
        }
        return cases;
    }

    // ---- What becomes of an action ----------------------------------------------------------------------------

    /** Completed two working days before it falls due. */
    private static Course onTime(int dueIn) {
        return (agreedOn, k) -> {
            LocalDate due = WORKING_DAYS.plus(agreedOn, dueIn);
            return new Fate(due, null, null, WORKING_DAYS.plus(due, -2), null);
        };
    }

    /** Completed {@code lateBy} working days after it fell due. */
    private static Course late(int dueIn, int lateBy) {
        return (agreedOn, k) -> {
            LocalDate due = WORKING_DAYS.plus(agreedOn, dueIn);
            return new Fate(due, null, null, WORKING_DAYS.plus(due, lateBy), null);
        };
    }

    /** Its due date moved, the day before, by {@code extension} working days; completed a day before the new one. */
    private static Course revisedThenOnTime(int dueIn, int extension) {
        return (agreedOn, k) -> {
            LocalDate due = WORKING_DAYS.plus(agreedOn, dueIn);
            LocalDate revised = WORKING_DAYS.plus(due, extension);
            return new Fate(due, WORKING_DAYS.plus(due, -1), revised, WORKING_DAYS.plus(revised, -1), null);
        };
    }

    /** Due by 30 May at the latest, so outstanding at the end of May; completed (late) in the first half of June. */
    private static Course completedInJune(int dueIn) {
        return (agreedOn, k) -> new Fate(dueByEndOfMay(agreedOn, dueIn), null, null,
                FIRST_HALF_OF_JUNE.get(k % FIRST_HALF_OF_JUNE.size()), null);
    }

    /** Due by 30 May at the latest and never completed in the scenario. */
    private static Course neverCompleted(int dueIn) {
        return (agreedOn, k) -> new Fate(dueByEndOfMay(agreedOn, dueIn), null, null, null, null);
    }

    /** Never completed; escalated to the Head of Service on {@code escalatedOn}, after it fell due. */
    private static Course escalated(int dueIn, LocalDate escalatedOn) {
        return (agreedOn, k) -> new Fate(WORKING_DAYS.plus(agreedOn, dueIn), null, null, null, escalatedOn);
    }

    /** Due on a fixed day and completed on a fixed day. */
    private static Course dueOn(LocalDate due, LocalDate completedOn) {
        return (agreedOn, k) -> new Fate(due, null, null, completedOn, null);
    }

    /** Due {@code dueIn} working days after it was agreed, moved {@code revisedAfter} working days later to 29 June. */
    private static Course revisedToEndOfJune(int dueIn, int revisedAfter) {
        return (agreedOn, k) -> new Fate(WORKING_DAYS.plus(agreedOn, dueIn), WORKING_DAYS.plus(agreedOn, revisedAfter),
                END_OF_JUNE, null, null);
    }

    /** A short deadline: due {@code dueIn} and completed {@code doneIn} working days after it was agreed. */
    private static Course quick(int dueIn, int doneIn) {
        return (agreedOn, k) -> new Fate(WORKING_DAYS.plus(agreedOn, dueIn), null, null,
                WORKING_DAYS.plus(agreedOn, doneIn), null);
    }

    /** Due on a working day of 1–14 June; completed on that day, or never. */
    private static Course dueInFirstHalfOfJune(boolean completed) {
        return (agreedOn, k) -> {
            LocalDate due = FIRST_HALF_OF_JUNE.get(k % FIRST_HALF_OF_JUNE.size());
            return new Fate(due, null, null, completed ? due : null, null);
        };
    }

    /** Due on 29 June; completed early, on a working day of 1–14 June, or not by the end of the scenario. */
    private static Course dueAtEndOfJune(boolean completedEarly) {
        return (agreedOn, k) -> new Fate(END_OF_JUNE, null, null,
                completedEarly ? FIRST_HALF_OF_JUNE.get((k * 3) % FIRST_HALF_OF_JUNE.size()) : null, null);
    }

    private static LocalDate dueByEndOfMay(LocalDate agreedOn, int dueIn) {
        LocalDate due = WORKING_DAYS.plus(agreedOn, dueIn);
        return due.isAfter(LAST_DUE_BEFORE_END_OF_MAY) ? LAST_DUE_BEFORE_END_OF_MAY : due;
    }

    private static List<Course> times(int n, Course course) {
        return Collections.nCopies(n, course);
    }

    /** The batches' courses, each spread evenly through the sequence (the one furthest behind its share goes next). */
    private static List<Course> interleave(List<Batch> batches) {
        int total = batches.stream().mapToInt(Batch::count).sum();
        int[] used = new int[batches.size()];
        List<Course> order = new ArrayList<>(total);
        for (int position = 1; position <= total; position++) {
            int next = -1;
            double furthestBehind = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < batches.size(); j++) {
                double behind = (double) batches.get(j).count() * position / total - used[j];
                if (used[j] < batches.get(j).count() && behind > furthestBehind) {
                    next = j;
                    furthestBehind = behind;
                }
            }
            used[next]++;
            order.add(batches.get(next).course());
        }
        return order;
    }

    // ---- Grades, engagement, words ---------------------------------------------------------------------------

    /** The auditor's grades: OVERALL and four practice areas that follow it, with some variation by audit. */
    private static Map<PracticeArea, Grade> auditorGrades(Grade overall, int number) {
        Map<PracticeArea, Grade> grades = new EnumMap<>(PracticeArea.class);
        grades.put(OVERALL, overall);
        grades.put(SAFETY, overall);
        grades.put(MANAGEMENT_OVERSIGHT, overall == GOOD ? GOOD
                : overall == INADEQUATE || number % 3 == 0 ? INADEQUATE : RI);
        grades.put(VOICE, overall == GOOD || (overall == RI && number % 4 == 0) ? GOOD : RI);
        grades.put(PLANNING, overall == GOOD && number % 2 == 1 ? RI : overall);
        return grades;
    }

    /** One engagement per submitted audit, each party's levels rotated differently so they do not line up. */
    private static List<Engagement> engagements(Engagements plan, int audits) {
        List<EngagementLevel> socialWorker = levels(plan.socialWorker(), audits, 0);
        List<EngagementLevel> teamManager = levels(plan.teamManager(), audits, 3);
        List<EngagementLevel> child = levels(plan.child(), audits, 7);
        List<EngagementLevel> parent = levels(plan.parent(), audits, 11);
        List<Engagement> engagements = new ArrayList<>();
        for (int i = 0; i < audits; i++) {
            engagements.add(new Engagement(socialWorker.get(i), teamManager.get(i), child.get(i), parent.get(i)));
        }
        return engagements;
    }

    private static List<EngagementLevel> levels(String counts, int audits, int rotation) {
        List<EngagementLevel> levels = new ArrayList<>();
        String[] parts = counts.split("/");
        for (EngagementLevel level : EngagementLevel.values()) {
            levels.addAll(Collections.nCopies(Integer.parseInt(parts[level.ordinal()]), level));
        }
        if (levels.size() != audits) {
            throw new IllegalStateException("Engagement " + counts + " does not add up to " + audits + " audits");
        }
        Collections.rotate(levels, rotation);
        return levels;
    }

    /** Our reading of the council's service areas: the briefing names none. */
    private static String serviceArea(String team) {
        if (team.contains("Assess")) {
            return "CASS";
        }
        return team.contains("11-25") ? "11-25" : "Safeguarding";
    }

    /** Audits are done by Heads of Service and Team Managers; every third by one of four Heads of Service. */
    private static String auditorLabel(int serial) {
        return serial % 3 == 0 ? "HoS " + (serial / 3 % 4 + 1) : String.format("TM %02d", serial % 12 + 1);
    }

    // ---- Dates --------------------------------------------------------------------------------------------------

    private static LocalDate date(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    /** The {@code i}-th of {@code n} working days spread evenly from {@code first} to {@code last}. */
    private static LocalDate spread(int i, int n, LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay();
        LocalDate day = first.plusDays(n < 2 ? 0 : days * i / (n - 1));
        LocalDate working = WORKING_DAYS.onOrAfter(day);
        return working.isAfter(last) ? WORKING_DAYS.onOrBefore(last) : working;
    }

    private static List<String> teams(String commaSeparated) {
        return commaSeparated.isBlank() ? List.of() : Arrays.asList(commaSeparated.split(", "));
    }

    /** A row of {@link #CASES_2018}: the case's number after "coc-2018-", then dates as month-day in 2018. */
    private static CasePlan coc(String number, String team, Category category, String worker,
            Grade auditorGrade, String submittedOn, String raisedOn, String reviewedOn, String closedOn) {
        return new CasePlan("coc-2018-" + number, team, category, worker, auditorGrade, in2018(submittedOn),
                in2018(raisedOn), in2018(reviewedOn), closedOn == null ? null : in2018(closedOn));
    }

    private static LocalDate in2018(String monthDay) {
        return date("2018-" + monthDay);
    }

    // ---- The tables' row types ---------------------------------------------------------------------------------

    private record MonthPlan(YearMonth month, LocalDate scheduledOn, LocalDate dueOn, int good, List<String> teams,
            ModerationChanges changes, Engagements engagement, String inadmissibleTeam, String unsubmittedTeam) {
    }

    /**
     * How many moderated overall grades differ from the auditor's among a month's audits without a case of concern:
     * GOOD ones the auditor had graded REQUIRES_IMPROVEMENT, and REQUIRES_IMPROVEMENT ones the auditor had graded GOOD
     * or INADEQUATE; the first of each group are the changed ones.
     */
    private record ModerationChanges(int goodFromRi, int riFromGood, int riFromInadequate) {

        Grade auditorGrade(int i, int good) {
            if (i < good) {
                return i < goodFromRi ? RI : GOOD;
            }
            int j = i - good;
            return j < riFromGood ? GOOD : j < riFromGood + riFromInadequate ? INADEQUATE : RI;
        }
    }

    /** Per party, "engaged/attempted/not appropriate/not recorded" counts over a month's submitted audits. */
    private record Engagements(String socialWorker, String teamManager, String child, String parent) {
    }

    private record CasePlan(String caseOfConcernId, String team, Category category, String worker,
            Grade auditorGrade, LocalDate submittedOn, LocalDate raisedOn, LocalDate reviewedOn, LocalDate closedOn) {

        YearMonth auditMonth() {
            return YearMonth.parse(caseOfConcernId.substring("coc-".length(), "coc-yyyy-mm".length()));
        }
    }

    private record CohortPlan(List<Pinned> pinned, List<Batch> batches) {

        int total() {
            return pinned.stream().mapToInt(p -> p.courses().size()).sum()
                    + batches.stream().mapToInt(Batch::count).sum();
        }
    }

    /** Actions on the first audit of the cohort in {@code team} not already pinned. */
    private record Pinned(String team, List<Course> courses) {
    }

    private record Batch(int count, Course course) {
    }

    /** What becomes of an action agreed on a given day; {@code k} counts the actions that took this course before. */
    private interface Course {
        Fate fateOf(LocalDate agreedOn, int k);
    }

    /** An action's due date, perhaps its revision, completion and escalation (null when they never happen). */
    private record Fate(LocalDate dueDate, LocalDate revisedOn, LocalDate revisedDueDate, LocalDate completedOn,
            LocalDate escalatedOn) {
    }

    private record PlannedAudit(String auditId, YearMonth month, String child, String team, LocalDate submittedOn) {
    }

    private record DatedStep(LocalDate on, int sequence, ScenarioStep step) {
    }
}
