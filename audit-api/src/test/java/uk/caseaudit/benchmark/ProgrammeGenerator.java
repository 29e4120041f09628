package uk.caseaudit.benchmark;

import static uk.caseaudit.shared.WorkingDays.WEEKDAYS;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import uk.caseaudit.action.AuditActionAgreed;
import uk.caseaudit.action.AuditActionCancelled;
import uk.caseaudit.action.AuditActionCompleted;
import uk.caseaudit.action.AuditActionDueDateRevised;
import uk.caseaudit.action.AuditActionEscalated;
import uk.caseaudit.action.Focus;
import uk.caseaudit.audit.AuditDeclaredInadmissible;
import uk.caseaudit.audit.AuditScheduled;
import uk.caseaudit.audit.AuditType;
import uk.caseaudit.audit.Engagement;
import uk.caseaudit.audit.EngagementLevel;
import uk.caseaudit.audit.JudgementModerated;
import uk.caseaudit.audit.JudgementsSubmitted;
import uk.caseaudit.concern.CaseOfConcernClosed;
import uk.caseaudit.concern.CaseOfConcernClosureRefused;
import uk.caseaudit.concern.CaseOfConcernRaised;
import uk.caseaudit.concern.CaseOfConcernRecategorised;
import uk.caseaudit.concern.CaseOfConcernReopened;
import uk.caseaudit.concern.CaseReviewRecorded;
import uk.caseaudit.concern.Category;
import uk.caseaudit.shared.Actor;
import uk.caseaudit.shared.Grade;
import uk.caseaudit.shared.PracticeArea;

/**
 * A deterministic generator of councils' audit programmes, as the events the service would have stored: the same
 * shapes as the reference scenario (audits scheduled, judged, some moderated, a few declared inadmissible; about five
 * actions an audit, some completed late, revised, escalated or cancelled; a case of concern for every inadequate audit,
 * reviewed, sometimes re-categorised or refused closure, closed, sometimes reopened), at any number of councils.
 *
 * <p>Each council is one team of the database ("Council 017"): the service is single-tenant, so a council's own view
 * is the team filter. Every random choice comes from a generator seeded by (seed, council, month), so the same seed
 * gives the same events, ids and dates, in the same order, whatever else runs. Events come out in the order of their
 * recorded day (the day the service would have stored them), each aggregate's in sequence order; nothing happens
 * after {@link #DATA_END}, so the newest cohorts still have open cases and outstanding actions.
 */
final class ProgrammeGenerator {

    /** The last day of the generated history. */
    static final LocalDate DATA_END = LocalDate.of(2026, 3, 31);

    private static final String AUDIT = "Audit";
    private static final String CASE_OF_CONCERN = "CaseOfConcern";
    private static final String ACTION = "AuditAction";

    private static final String[] SERVICE_AREAS = {"CASS", "Safeguarding", "11-25", "CwD", "Leaving Care"};
    private static final int[] SERVICE_AREA_WEIGHTS = {30, 35, 15, 10, 10};
    private static final List<PracticeArea> GRADED_AREAS = List.of(PracticeArea.OVERALL, PracticeArea.SAFETY,
            PracticeArea.MANAGEMENT_OVERSIGHT, PracticeArea.VOICE, PracticeArea.PLANNING);

    private static final Map<Grade, String> SUMMARIES = Map.of(
            Grade.OUTSTANDING, "Exceptional, child-centred work; the plan is driving change the child can describe.",
            Grade.GOOD, "Risks assessed in a timely way; clear, child-focused planning; manager oversight drives progress.",
            Grade.REQUIRES_IMPROVEMENT, "Emerging good practice, held back by variable risk analysis and a plan "
                    + "unclear about outcomes.",
            Grade.INADEQUATE, "Risks not assessed or addressed; no effective safety plan; no evident management "
                    + "oversight.");
    private static final String[] ACTION_TEXTS = {
            "Review the safety plan with the family and the core group: which risks it must reduce, and how.",
            "Visit the child with a clear purpose and record what the child says about their situation.",
            "Complete direct work with the child and bring their views into the plan at its next review.",
            "Agree with the child's network what must change for the child, and by when.",
            "Record the manager's case direction and the reasons for it on the child's file.",
            "Update the chronology and the genogram; share them with the partner agencies."};
    private static final String[] CONCERNS = {
            "Safety planning appears to be drifting; the risks are not assessed and there is no focused intervention "
                    + "or management direction.",
            "The risk assessment and the service offered do not appear appropriate to the child's needs; no "
                    + "evidenced management oversight or case direction."};

    private final Scale scale;
    private final long seed;

    /** Pending events by recorded day: later months' generation only adds days from their own first day on. */
    private final TreeMap<LocalDate, List<Pending>> days = new TreeMap<>();
    private final Stats stats = new Stats();
    private Consumer<DomainEventMessage<?>> sink;

    ProgrammeGenerator(Scale scale, long seed) {
        this.scale = scale;
        this.seed = seed;
    }

    /** A council's team name (its filter in every read model). */
    static String council(int index) {
        return String.format("Council %03d", index + 1);
    }

    /** Generates every event, in order, into {@code sink}; the figures of what was generated. */
    Stats generate(Consumer<DomainEventMessage<?>> eventSink) {
        this.sink = eventSink;
        for (YearMonth month = scale.firstMonth; !month.isAfter(Scale.LAST_MONTH); month = month.plusMonths(1)) {
            if (month.getMonth() == Month.AUGUST || month.getMonth() == Month.DECEMBER) {
                continue;
            }
            for (int council = 0; council < scale.councils; council++) {
                new CouncilMonth(council, month).generate();
            }
            emitBefore(month.plusMonths(1).atDay(1));
        }
        emitBefore(LocalDate.MAX);
        return stats;
    }

    private void emitBefore(LocalDate day) {
        while (!days.isEmpty() && days.firstKey().isBefore(day)) {
            Map.Entry<LocalDate, List<Pending>> entry = days.pollFirstEntry();
            List<Pending> events = entry.getValue();
            // Recorded through the working day (08:00 to 18:00 UTC), in order: each aggregate's events stay in order.
            Instant start = entry.getKey().atTime(8, 0).toInstant(ZoneOffset.UTC);
            long step = Duration.ofHours(10).toMillis() / Math.max(1, events.size());
            for (int i = 0; i < events.size(); i++) {
                Pending event = events.get(i);
                Map<String, Object> metaData = new HashMap<>(4);
                metaData.put(Actor.USER_KEY, event.actor.user());
                metaData.put(Actor.ROLE_KEY, event.actor.role());
                metaData.put(Actor.CORRELATION_KEY, event.correlationId);
                metaData.put(Actor.CAUSATION_KEY, event.correlationId);
                sink.accept(new GenericDomainEventMessage<>(event.aggregateType, event.aggregateId, event.seq,
                        event.payload, metaData, event.eventId, start.plusMillis(step * i)));
                stats.count(event.payload);
            }
        }
    }

    /** What was generated: events by type, audits, cases, actions, and the children whose case is still open. */
    static final class Stats {
        final Map<String, Long> eventsByType = new LinkedHashMap<>();
        long events;
        long audits;
        long casesOfConcern;
        long actions;
        /** child reference to the case of concern open at the end of the history. */
        final Map<String, String> openCases = new HashMap<>();

        void count(Object payload) {
            events++;
            eventsByType.merge(payload.getClass().getSimpleName(), 1L, Long::sum);
        }
    }

    private record Pending(String aggregateType, String aggregateId, long seq, Object payload, Actor actor,
                           String eventId, String correlationId) {
    }

    /** One council's audits of one month, with everything that follows from them. */
    private final class CouncilMonth {

        private final int council;
        private final String team;
        private final YearMonth month;
        private final SplittableRandom random;
        private final Actor qaLead;
        private final Actor auditor;
        private final Actor moderator;
        private final Actor teamManager;
        private final Actor headOfService;
        private final Actor improvementDirector;

        CouncilMonth(int council, YearMonth month) {
            this.council = council;
            this.team = council(council);
            this.month = month;
            this.random = new SplittableRandom(seed * 1_000_003L + council * 10_007L + month.getYear() * 13L
                    + month.getMonthValue());
            String tag = String.format("%03d", council + 1);
            qaLead = new Actor("qa-lead-" + tag, "QA_LEAD");
            auditor = new Actor("auditor-" + tag, "AUDITOR");
            moderator = new Actor("moderator-" + tag, "MODERATOR");
            teamManager = new Actor("team-manager-" + tag, "TEAM_MANAGER");
            headOfService = new Actor("head-of-service-" + tag, "HEAD_OF_SERVICE");
            improvementDirector = new Actor("improvement-director-" + tag, "IMPROVEMENT_DIRECTOR");
        }

        void generate() {
            int audits = 26 + random.nextInt(9); // 26..34, about 30
            LocalDate scheduledOn = WEEKDAYS.onOrAfter(month.atDay(1));
            LocalDate dueDate = WEEKDAYS.onOrBefore(month.atEndOfMonth());
            for (int number = 1; number <= audits; number++) {
                audit(number, scheduledOn, dueDate);
            }
        }

        private void audit(int number, LocalDate scheduledOn, LocalDate dueDate) {
            stats.audits++;
            String auditId = uuid();
            String child = String.format("%03d-%02d%02d%03d", council + 1, month.getYear() % 100,
                    month.getMonthValue(), number);
            int typeRoll = random.nextInt(100);
            AuditType type = typeRoll < 88 ? AuditType.CASE_FILE : typeRoll < 95 ? AuditType.FOSTER_CARER
                    : AuditType.DIP_SAMPLE;
            String serviceArea = type == AuditType.FOSTER_CARER ? "Fostering" : weighted(SERVICE_AREAS,
                    SERVICE_AREA_WEIGHTS);
            String auditorName = number % 3 == 0 ? "HoS " + (number % 4 + 1) : String.format("TM %02d", number % 12 + 1);
            Aggregate audit = new Aggregate(AUDIT, auditId);
            audit.add(scheduledOn, qaLead, new AuditScheduled(auditId, month, child, team, serviceArea, type,
                    auditorName, dueDate, scheduledOn));

            if (random.nextInt(100) < 4) {
                return; // never submitted
            }
            LocalDate submittedOn = random.nextInt(100) < 8
                    ? WEEKDAYS.plus(dueDate, 1 + random.nextInt(8))
                    : spreadInMonth(scheduledOn.plusDays(4), dueDate);
            if (submittedOn.isAfter(DATA_END)) {
                return;
            }
            Grade overall = auditorOverall();
            Map<PracticeArea, Grade> grades = grades(overall);
            audit.add(submittedOn, auditor, new JudgementsSubmitted(auditId, month, child, team, serviceArea, type,
                    auditorName, dueDate, grades, engagement(), SUMMARIES.get(overall), !submittedOn.isAfter(dueDate),
                    submittedOn));
            LocalDate last = submittedOn;

            if (random.nextInt(1000) < 15) {
                LocalDate declaredOn = WEEKDAYS.plus(submittedOn, 2 + random.nextInt(6));
                if (!declaredOn.isAfter(DATA_END)) {
                    audit.add(declaredOn, qaLead, new AuditDeclaredInadmissible(auditId, month, child, team,
                            serviceArea, type, "The child's records moved to another authority during the audit; the "
                                    + "file could not be read in full.", declaredOn));
                }
                return;
            }

            Grade finalOverall = overall;
            if (random.nextInt(100) < 35) {
                int revisions = random.nextInt(100) < 6 ? 2 : 1;
                for (int revision = 1; revision <= revisions; revision++) {
                    LocalDate moderatedOn = WEEKDAYS.plus(last, 2 + random.nextInt(4));
                    if (moderatedOn.isAfter(DATA_END)) {
                        break;
                    }
                    Grade moderated = revision == 1 ? moderatedOverall(overall) : finalOverall;
                    Map<PracticeArea, Grade> changes = new EnumMap<>(PracticeArea.class);
                    changes.put(PracticeArea.OVERALL, moderated);
                    if (revision == 2 || random.nextBoolean()) {
                        changes.put(PracticeArea.VOICE, moderated == Grade.INADEQUATE ? Grade.INADEQUATE
                                : Grade.REQUIRES_IMPROVEMENT);
                    }
                    Map<PracticeArea, Grade> auditorGrades = new EnumMap<>(PracticeArea.class);
                    changes.keySet().forEach(area -> auditorGrades.put(area, grades.get(area)));
                    audit.add(moderatedOn, moderator, new JudgementModerated(auditId, month, child, team, serviceArea,
                            type, changes, auditorGrades, moderated == grades.get(PracticeArea.OVERALL)
                                    ? "The group agreed the auditor's judgement."
                                    : "The group found the practice graded differently; overall grade changed to "
                                            + moderated + ".", revision, moderatedOn));
                    finalOverall = moderated;
                    last = moderatedOn;
                }
            }

            int actions = 3 + random.nextInt(5) + (finalOverall == Grade.INADEQUATE ? 2 : 0);
            for (int i = 0; i < actions; i++) {
                action(auditId, child, serviceArea, WEEKDAYS.plus(submittedOn, random.nextInt(3)));
            }
            if (finalOverall == Grade.INADEQUATE) {
                LocalDate raisedOn = WEEKDAYS.plus(last, 1 + random.nextInt(3));
                if (!raisedOn.isAfter(DATA_END)) {
                    caseOfConcern(auditId, child, serviceArea, raisedOn, number);
                }
            }
        }

        private void action(String auditId, String child, String serviceArea, LocalDate agreedOn) {
            stats.actions++;
            String actionId = uuid();
            Aggregate action = new Aggregate(ACTION, actionId);
            Focus focus = random.nextInt(100) < 60 ? Focus.IMPACT : Focus.PROCESS;
            LocalDate dueDate = WEEKDAYS.plus(agreedOn, 10 + random.nextInt(21));
            String owner = "Team Manager, " + team;
            String description = ACTION_TEXTS[random.nextInt(ACTION_TEXTS.length)];
            action.add(agreedOn, auditor, new AuditActionAgreed(actionId, auditId, child, team, serviceArea, month,
                    owner, description, dueDate, focus, agreedOn));
            LocalDate originalDueDate = dueDate;
            int fate = random.nextInt(100);
            if (fate < 78) { // completed in time
                complete(action, auditId, child, serviceArea, owner, focus, dueDate,
                        latest(agreedOn, WEEKDAYS.plus(dueDate, -random.nextInt(6))));
            } else if (fate < 90) { // completed late
                complete(action, auditId, child, serviceArea, owner, focus, dueDate,
                        WEEKDAYS.plus(dueDate, 1 + random.nextInt(20)));
            } else if (fate < 93) { // due date revised, then completed in time
                LocalDate revisedOn = latest(agreedOn, WEEKDAYS.plus(dueDate, -1 - random.nextInt(3)));
                LocalDate newDueDate = WEEKDAYS.plus(dueDate, 10);
                if (revisedOn.isAfter(DATA_END)) {
                    return;
                }
                action.add(revisedOn, teamManager, new AuditActionDueDateRevised(actionId, auditId, child, team,
                        serviceArea, month, owner, focus, newDueDate, originalDueDate, dueDate,
                        "Waiting for the paediatric assessment.", revisedOn));
                complete(action, auditId, child, serviceArea, owner, focus, newDueDate,
                        latest(revisedOn, WEEKDAYS.plus(newDueDate, -1)));
            } else if (fate < 97) { // outstanding, escalated, then mostly completed late
                LocalDate escalatedOn = WEEKDAYS.plus(dueDate, 3 + random.nextInt(8));
                if (escalatedOn.isAfter(DATA_END)) {
                    return;
                }
                action.add(escalatedOn, headOfService, new AuditActionEscalated(actionId, auditId, child, team,
                        serviceArea, month, owner, focus, dueDate, "Outstanding after its due date; no response from "
                                + "the team.", escalatedOn));
                if (random.nextInt(10) < 7) {
                    complete(action, auditId, child, serviceArea, owner, focus, dueDate,
                            WEEKDAYS.plus(escalatedOn, 2 + random.nextInt(10)));
                }
            } else if (fate < 99) { // cancelled
                LocalDate cancelledOn = latest(agreedOn, WEEKDAYS.plus(dueDate, random.nextInt(11) - 5));
                if (!cancelledOn.isAfter(DATA_END)) {
                    action.add(cancelledOn, headOfService, new AuditActionCancelled(actionId, auditId, child, team,
                            serviceArea, month, owner, focus, dueDate, "Superseded by the child's new plan.",
                            cancelledOn));
                }
            } // else never completed: outstanding
        }

        private void complete(Aggregate action, String auditId, String child, String serviceArea, String owner,
                              Focus focus, LocalDate dueDate, LocalDate completedOn) {
            if (completedOn.isAfter(DATA_END)) {
                return;
            }
            // One in ten completions is recorded a few days after it took effect (back-dated).
            LocalDate recordedOn = random.nextInt(10) == 0 ? completedOn.plusDays(1 + random.nextInt(5)) : completedOn;
            action.add(completedOn, recordedOn, teamManager, new AuditActionCompleted(action.id, auditId, child, team,
                    serviceArea, month, owner, focus, dueDate, "Done; recorded on the child's file.",
                    completedOn.isAfter(dueDate), completedOn));
        }

        private void caseOfConcern(String auditId, String child, String serviceArea, LocalDate raisedOn, int number) {
            stats.casesOfConcern++;
            String caseId = uuid();
            Aggregate coc = new Aggregate(CASE_OF_CONCERN, caseId);
            Category category = random.nextInt(100) < 20 ? Category.CATEGORY_1 : Category.CATEGORY_2;
            String worker = "SW " + (number % 17 + 1);
            coc.add(raisedOn, headOfService, new CaseOfConcernRaised(caseId, auditId, child, team, serviceArea, month,
                    category, CONCERNS[category == Category.CATEGORY_1 ? 0 : 1], worker, raisedOn));
            LocalDate last = raisedOn;
            boolean open = true;
            int closures = random.nextInt(100) < 3 ? 2 : 1;
            for (int round = 0; round < closures; round++) {
                if (round == 1) { // reopened after its first closure
                    LocalDate reopenedOn = last.plusDays(20 + random.nextInt(41));
                    if (reopenedOn.isAfter(DATA_END)) {
                        break;
                    }
                    coc.add(reopenedOn, improvementDirector, new CaseOfConcernReopened(caseId, auditId, child, team,
                            serviceArea, month, category, worker, "The child was referred again with the same risks.",
                            reopenedOn));
                    last = reopenedOn;
                    open = true;
                }
                LocalDate reviewedOn = category == Category.CATEGORY_1 && random.nextInt(10) < 9
                        ? WEEKDAYS.plus(last, 1) : WEEKDAYS.plus(last, 2 + random.nextInt(12));
                if (reviewedOn.isAfter(DATA_END)) {
                    break;
                }
                coc.add(reviewedOn, headOfService, review(caseId, auditId, child, serviceArea, category, worker,
                        reviewedOn));
                last = reviewedOn;
                if (round == 0 && random.nextInt(100) < 6) {
                    Category previous = category;
                    category = category == Category.CATEGORY_1 ? Category.CATEGORY_2 : Category.CATEGORY_1;
                    LocalDate recategorisedOn = WEEKDAYS.plus(last, 1 + random.nextInt(5));
                    LocalDate reviewedAgainOn = WEEKDAYS.plus(recategorisedOn, 1 + random.nextInt(5));
                    if (reviewedAgainOn.isAfter(DATA_END)) {
                        break;
                    }
                    coc.add(recategorisedOn, headOfService, new CaseOfConcernRecategorised(caseId, auditId, child,
                            team, serviceArea, month, category, worker, previous, "The risk to the child is now "
                                    + "understood differently.", recategorisedOn));
                    coc.add(reviewedAgainOn, headOfService, review(caseId, auditId, child, serviceArea, category,
                            worker, reviewedAgainOn));
                    last = reviewedAgainOn;
                }
                if (random.nextInt(100) < 12) {
                    LocalDate refusedOn = WEEKDAYS.plus(last, 5 + random.nextInt(10));
                    LocalDate reviewedAgainOn = WEEKDAYS.plus(refusedOn, 3 + random.nextInt(8));
                    if (reviewedAgainOn.isAfter(DATA_END)) {
                        break;
                    }
                    coc.add(refusedOn, improvementDirector, new CaseOfConcernClosureRefused(caseId, auditId, child,
                            team, serviceArea, month, category, worker, "The assurance does not show the child has "
                                    + "been seen.", refusedOn));
                    coc.add(reviewedAgainOn, headOfService, review(caseId, auditId, child, serviceArea, category,
                            worker, reviewedAgainOn));
                    last = reviewedAgainOn;
                }
                LocalDate closedOn = WEEKDAYS.plus(last, 5 + random.nextInt(35));
                if (closedOn.isAfter(DATA_END)) {
                    break;
                }
                coc.add(closedOn, improvementDirector, new CaseOfConcernClosed(caseId, auditId, child, team,
                        serviceArea, month, category, worker, "Assurance received; actions complete; risk now "
                                + "managed.", closedOn));
                last = closedOn;
                open = false;
            }
            if (open) {
                stats.openCases.put(child, caseId);
            }
        }

        private CaseReviewRecorded review(String caseId, String auditId, String child, String serviceArea,
                                          Category category, String worker, LocalDate reviewedOn) {
            return new CaseReviewRecorded(caseId, auditId, child, team, serviceArea, month, category, worker,
                    "Strategy meeting held; child seen; plan updated with a clear timescale.", reviewedOn);
        }

        private Grade auditorOverall() {
            int roll = random.nextInt(100);
            return roll < 31 ? Grade.INADEQUATE : roll < 85 ? Grade.REQUIRES_IMPROVEMENT
                    : roll < 98 ? Grade.GOOD : Grade.OUTSTANDING;
        }

        /** Moderation changes one overall grade in five by one step. */
        private Grade moderatedOverall(Grade overall) {
            if (random.nextInt(5) != 0) {
                return overall;
            }
            return switch (overall) {
                case OUTSTANDING -> Grade.GOOD;
                case GOOD -> Grade.REQUIRES_IMPROVEMENT;
                case REQUIRES_IMPROVEMENT -> random.nextBoolean() ? Grade.INADEQUATE : Grade.GOOD;
                case INADEQUATE -> Grade.REQUIRES_IMPROVEMENT;
            };
        }

        private Map<PracticeArea, Grade> grades(Grade overall) {
            Map<PracticeArea, Grade> grades = new EnumMap<>(PracticeArea.class);
            for (PracticeArea area : GRADED_AREAS) {
                int roll = random.nextInt(10);
                Grade grade = area == PracticeArea.OVERALL || roll < 6 ? overall
                        : roll < 8 ? better(overall) : worse(overall);
                grades.put(area, grade);
            }
            return Collections.unmodifiableMap(grades);
        }

        private Engagement engagement() {
            return new Engagement(level(70, 25, 0), level(65, 30, 0), level(15, 35, 45), level(50, 35, 5));
        }

        private EngagementLevel level(int engaged, int attempted, int notAppropriate) {
            int roll = random.nextInt(100);
            return roll < engaged ? EngagementLevel.ENGAGED : roll < engaged + attempted ? EngagementLevel.ATTEMPTED
                    : roll < engaged + attempted + notAppropriate ? EngagementLevel.NOT_APPROPRIATE
                    : EngagementLevel.NOT_RECORDED;
        }

        private LocalDate spreadInMonth(LocalDate first, LocalDate last) {
            long days = Math.max(0, last.toEpochDay() - first.toEpochDay());
            return WEEKDAYS.onOrBefore(first.plusDays(random.nextLong(days + 1)));
        }

        private String weighted(String[] values, int[] weights) {
            int roll = random.nextInt(100);
            for (int i = 0; i < values.length; i++) {
                roll -= weights[i];
                if (roll < 0) {
                    return values[i];
                }
            }
            return values[values.length - 1];
        }

        private String uuid() {
            return new UUID(random.nextLong() & 0xffffffffffff0fffL | 0x4000L,
                    random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L).toString();
        }

        /** One aggregate's events, in sequence, each filed under the day it is recorded. */
        private final class Aggregate {
            private final String type;
            private final String id;
            private long seq;

            Aggregate(String type, String id) {
                this.type = type;
                this.id = id;
            }

            void add(LocalDate on, Actor actor, Object payload) {
                add(on, on, actor, payload);
            }

            void add(LocalDate effectiveOn, LocalDate recordedOn, Actor actor, Object payload) {
                String eventId = uuid();
                days.computeIfAbsent(recordedOn, day -> new ArrayList<>())
                        .add(new Pending(type, id, seq++, payload, actor, eventId, eventId));
            }
        }
    }

    private static Grade better(Grade grade) {
        return grade == Grade.OUTSTANDING ? grade : Grade.values()[grade.ordinal() - 1];
    }

    private static Grade worse(Grade grade) {
        return grade == Grade.INADEQUATE ? grade : Grade.values()[grade.ordinal() + 1];
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
