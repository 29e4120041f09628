package uk.caseaudit.audit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.caseaudit.action.AgreeAuditAction;
import uk.caseaudit.action.AuditAction;
import uk.caseaudit.action.AuditActionAgreed;
import uk.caseaudit.concern.CaseOfConcern;
import uk.caseaudit.concern.CaseOfConcernRaised;
import uk.caseaudit.concern.RaiseCaseOfConcern;
import uk.caseaudit.shared.EffectiveDate;
import uk.caseaudit.shared.Grade;
import uk.caseaudit.shared.PracticeArea;
import uk.caseaudit.shared.Rule;
import uk.caseaudit.shared.RuleViolation;

/**
 * One audit of a child's case: scheduled, judged by its auditor, moderated, or declared inadmissible. It also raises
 * the cases of concern and agrees the actions that follow from it, because it alone knows its current grades.
 */
public class Audit {

    @AggregateIdentifier
    private String auditId;
    private YearMonth auditMonth;
    private String childReference;
    private String team;
    private String serviceArea;
    private AuditType auditType;
    private String auditor;
    private LocalDate dueDate;
    private LocalDate scheduledOn;
    private final Map<PracticeArea, Grade> auditorGrades = new EnumMap<>(PracticeArea.class);
    private LocalDate submittedOn;
    private int moderationRevisions;
    private LocalDate lastModeratedOn;
    /** The moderated overall grade if it was ever moderated, else the auditor's; null before submission. */
    private Grade overallGrade;
    private LocalDate overallGradeSince;
    private boolean inadmissible;

    protected Audit() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Audit(ScheduleAudit command, Clock clock) {
        LocalDate scheduledOn = EffectiveDate.resolve(command.effectiveOn(), clock);
        if (command.dueDate().isBefore(scheduledOn)) {
            throw new RuleViolation(Rule.DUE_DATE_BEFORE_SCHEDULING,
                    "The due date " + command.dueDate() + " is before the audit was scheduled (" + scheduledOn + ").");
        }
        apply(new AuditScheduled(command.auditId(), command.auditMonth(), command.childReference(),
                command.team(), command.serviceArea(), command.auditType(), command.auditor(),
                command.dueDate(), scheduledOn));
    }

    @CommandHandler
    void handle(SubmitJudgements command, Clock clock) {
        LocalDate day = EffectiveDate.resolve(command.effectiveOn(), clock);
        refuseWhenInadmissible();
        if (submittedOn != null) {
            throw new RuleViolation(Rule.JUDGEMENTS_ALREADY_SUBMITTED,
                    "The judgements were submitted on " + submittedOn + "; change them through moderation.");
        }
        Map<PracticeArea, Grade> grades = copyOf(command.grades());
        if (grades.get(PracticeArea.OVERALL) == null) {
            throw new RuleViolation(Rule.OVERALL_GRADE_REQUIRED, "No grade was given for OVERALL.");
        }
        EffectiveDate.notBefore(day, scheduledOn, "scheduling of the audit");
        apply(new JudgementsSubmitted(auditId, auditMonth, childReference, team, serviceArea, auditType, auditor,
                dueDate, grades, command.engagement(), command.summary(), !day.isAfter(dueDate), day));
    }

    @CommandHandler
    void handle(ModerateJudgement command, Clock clock) {
        LocalDate day = EffectiveDate.resolve(command.effectiveOn(), clock);
        refuseWhenInadmissible();
        Map<PracticeArea, Grade> grades = copyOf(command.grades());
        if (grades.isEmpty()) {
            throw new RuleViolation(Rule.NO_PRACTICE_AREA_MODERATED, "The moderation gives no grade.");
        }
        Map<PracticeArea, Grade> auditorGradesModerated = new EnumMap<>(PracticeArea.class);
        for (PracticeArea area : grades.keySet()) {
            Grade auditorGrade = auditorGrades.get(area);
            if (auditorGrade == null) {
                throw new RuleViolation(Rule.GRADE_NOT_SUBMITTED, "No grade was submitted for " + area + ".");
            }
            auditorGradesModerated.put(area, auditorGrade);
        }
        EffectiveDate.notBefore(day, submittedOn, "submission of the judgements");
        EffectiveDate.notBefore(day, lastModeratedOn, "last moderation");
        apply(new JudgementModerated(auditId, auditMonth, childReference, team, serviceArea, auditType, grades,
                Collections.unmodifiableMap(auditorGradesModerated), command.rationale(), moderationRevisions + 1,
                day));
    }

    @CommandHandler
    void handle(DeclareAuditInadmissible command, Clock clock) {
        LocalDate day = EffectiveDate.resolve(command.effectiveOn(), clock);
        refuseWhenInadmissible();
        EffectiveDate.notBefore(day, scheduledOn, "scheduling of the audit");
        EffectiveDate.notBefore(day, submittedOn, "submission of the judgements");
        EffectiveDate.notBefore(day, lastModeratedOn, "last moderation");
        apply(new AuditDeclaredInadmissible(auditId, auditMonth, childReference, team, serviceArea, auditType,
                command.reason(), day));
    }

    @CommandHandler
    void handle(RaiseCaseOfConcern command, Clock clock) throws Exception {
        LocalDate day = EffectiveDate.resolve(command.effectiveOn(), clock);
        refuseWhenInadmissible();
        if (!childReference.equals(command.childReference())) {
            throw new RuleViolation(Rule.CHILD_REFERENCE_MISMATCH, "The child reference is not the audit's child.");
        }
        if (overallGrade != Grade.INADEQUATE) {
            throw new RuleViolation(Rule.OVERALL_GRADE_NOT_INADEQUATE, overallGrade == null
                    ? "The audit has no overall grade yet."
                    : "The audit's overall grade is " + overallGrade + ".");
        }
        EffectiveDate.notBefore(day, overallGradeSince, "current overall grade");
        CaseOfConcernRaised raised = new CaseOfConcernRaised(command.caseOfConcernId(), auditId, childReference,
                team, serviceArea, auditMonth, command.category(), command.concerns(), command.worker(), day);
        createNew(CaseOfConcern.class, () -> new CaseOfConcern(raised));
    }

    @CommandHandler
    void handle(AgreeAuditAction command, Clock clock) throws Exception {
        LocalDate day = EffectiveDate.resolve(command.effectiveOn(), clock);
        refuseWhenInadmissible();
        if (submittedOn == null) {
            throw new RuleViolation(Rule.JUDGEMENTS_NOT_SUBMITTED,
                    "An action follows the audit's findings; no judgements were submitted yet.");
        }
        EffectiveDate.notBefore(day, submittedOn, "submission of the judgements");
        if (command.dueDate().isBefore(day)) {
            throw new RuleViolation(Rule.DUE_DATE_BEFORE_AGREEMENT,
                    "The due date " + command.dueDate() + " is before the action was agreed (" + day + ").");
        }
        AuditActionAgreed agreed = new AuditActionAgreed(command.actionId(), auditId, childReference, command.team(),
                serviceArea, auditMonth, command.owner(), command.description(), command.dueDate(), command.focus(),
                day);
        createNew(AuditAction.class, () -> new AuditAction(agreed));
    }

    private void refuseWhenInadmissible() {
        if (inadmissible) {
            throw new RuleViolation(Rule.AUDIT_INADMISSIBLE, "The audit was declared inadmissible.");
        }
    }

    /** An unmodifiable copy in practice-area order; an absent map is an empty one. */
    private static Map<PracticeArea, Grade> copyOf(Map<PracticeArea, Grade> grades) {
        Map<PracticeArea, Grade> copy = new EnumMap<>(PracticeArea.class);
        if (grades != null) {
            copy.putAll(grades);
        }
        return Collections.unmodifiableMap(copy);
    }

    @EventSourcingHandler
    void on(AuditScheduled event) {
        auditId = event.auditId();
        auditMonth = event.auditMonth();
        childReference = event.childReference();
        team = event.team();
        serviceArea = event.serviceArea();
        auditType = event.auditType();
        auditor = event.auditor();
        dueDate = event.dueDate();
        scheduledOn = event.scheduledOn();
    }

    @EventSourcingHandler
    void on(JudgementsSubmitted event) {
        auditorGrades.putAll(event.grades());
        submittedOn = event.submittedOn();
        overallGrade = event.grades().get(PracticeArea.OVERALL);
        overallGradeSince = event.submittedOn();
    }

    @EventSourcingHandler
    void on(JudgementModerated event) {
        moderationRevisions = event.revision();
        lastModeratedOn = event.moderatedOn();
        Grade moderatedOverall = event.grades().get(PracticeArea.OVERALL);
        if (moderatedOverall != null) {
            overallGrade = moderatedOverall;
            overallGradeSince = event.moderatedOn();
        }
    }

    @EventSourcingHandler
    void on(AuditDeclaredInadmissible event) {
        inadmissible = true;
    }
}
