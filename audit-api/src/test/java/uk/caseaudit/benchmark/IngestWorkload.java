package uk.caseaudit.benchmark;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.caseaudit.action.AgreeAuditAction;
import uk.caseaudit.action.CompleteAuditAction;
import uk.caseaudit.action.Focus;
import uk.caseaudit.audit.AuditType;
import uk.caseaudit.audit.Engagement;
import uk.caseaudit.audit.EngagementLevel;
import uk.caseaudit.audit.ModerateJudgement;
import uk.caseaudit.audit.ScheduleAudit;
import uk.caseaudit.audit.SubmitJudgements;
import uk.caseaudit.concern.Category;
import uk.caseaudit.concern.CloseCaseOfConcern;
import uk.caseaudit.concern.RaiseCaseOfConcern;
import uk.caseaudit.concern.RecordCaseReview;
import uk.caseaudit.shared.Grade;
import uk.caseaudit.shared.PracticeArea;

/**
 * The commands of one ingest client: a council's programme for May 2026, audit after audit, each as the service's
 * users give it (the QA lead schedules, the auditor submits and agrees five actions, a moderator moderates one audit
 * in three, a team manager completes four actions, and for the inadequate third a Head of Service raises and reviews a
 * case of concern that the Improvement Director closes): about 12 commands an audit. Every command is valid when
 * given, so every answer is a success.
 */
final class IngestWorkload {

    private static final YearMonth MONTH = YearMonth.of(2026, 5);
    private static final LocalDate SCHEDULED = LocalDate.of(2026, 5, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 5, 29);
    private static final LocalDate SUBMITTED = LocalDate.of(2026, 5, 15);
    private static final LocalDate MODERATED = LocalDate.of(2026, 5, 18);
    private static final LocalDate AGREED = LocalDate.of(2026, 5, 18);
    private static final LocalDate ACTION_DUE = LocalDate.of(2026, 6, 15);
    private static final LocalDate COMPLETED = LocalDate.of(2026, 6, 10);
    private static final LocalDate RAISED = LocalDate.of(2026, 5, 19);
    private static final LocalDate REVIEWED = LocalDate.of(2026, 5, 20);
    private static final LocalDate CLOSED = LocalDate.of(2026, 6, 1);
    private static final int ACTIONS = 5;
    private static final int COMPLETIONS = 4;
    private static final Engagement ENGAGEMENT = new Engagement(EngagementLevel.ENGAGED, EngagementLevel.ENGAGED,
            EngagementLevel.NOT_APPROPRIATE, EngagementLevel.ATTEMPTED);

    /** One command: who gives it, and its HTTP and in-process forms; {@code creates} names the id its answer holds. */
    record Step(String role, String path, String json, Object command, String creates, String auditId) {
    }

    private final String team;
    private final String childPrefix;
    private int audit;
    private int phase;
    private String auditId;
    private String caseId;
    private final List<String> actionIds = new ArrayList<>();

    /** Client {@code client} of the run {@code run} (child references differ between runs on one database). */
    IngestWorkload(int client, String run) {
        this.team = ProgrammeGenerator.council(client);
        this.childPrefix = "I" + run + String.format("%02d", client);
    }

    private boolean inadequate() {
        return audit % 3 == 0;
    }

    private boolean moderated() {
        return audit % 3 == 1;
    }

    /** The next command to give. */
    Step next() {
        switch (phase) {
            case 0 -> {
                auditId = UUID.randomUUID().toString();
                String child = childPrefix + "-" + audit;
                return new Step("QA_LEAD", "/api/audits", """
                        {"auditMonth":"%s","childReference":"%s","team":"%s","serviceArea":"CASS","auditType":"CASE_FILE",\
                        "auditor":"TM 01","dueDate":"%s","effectiveOn":"%s"}""".formatted(MONTH, child, team, DUE, SCHEDULED),
                        new ScheduleAudit(auditId, MONTH, child, team, "CASS", AuditType.CASE_FILE, "TM 01", DUE,
                                SCHEDULED), "auditId", auditId);
            }
            case 1 -> {
                Grade overall = inadequate() ? Grade.INADEQUATE : Grade.REQUIRES_IMPROVEMENT;
                Map<PracticeArea, Grade> grades = new EnumMap<>(PracticeArea.class);
                grades.put(PracticeArea.OVERALL, overall);
                grades.put(PracticeArea.SAFETY, overall);
                grades.put(PracticeArea.VOICE, Grade.REQUIRES_IMPROVEMENT);
                return new Step("AUDITOR", "/api/audits/" + auditId + "/judgements", """
                        {"grades":{"OVERALL":"%s","SAFETY":"%s","VOICE":"REQUIRES_IMPROVEMENT"},\
                        "engagement":{"socialWorker":"ENGAGED","teamManager":"ENGAGED","child":"NOT_APPROPRIATE",\
                        "parent":"ATTEMPTED"},"summary":"Plan is current; the child's voice is not recorded.",\
                        "effectiveOn":"%s"}""".formatted(overall, overall, SUBMITTED),
                        new SubmitJudgements(auditId, grades, ENGAGEMENT,
                                "Plan is current; the child's voice is not recorded.", SUBMITTED, null), null, auditId);
            }
            case 2 -> {
                return new Step("MODERATOR", "/api/audits/" + auditId + "/moderations", """
                        {"grades":{"OVERALL":"REQUIRES_IMPROVEMENT"},"rationale":"The group agreed the judgement.",\
                        "effectiveOn":"%s"}""".formatted(MODERATED),
                        new ModerateJudgement(auditId, Map.of(PracticeArea.OVERALL, Grade.REQUIRES_IMPROVEMENT),
                                "The group agreed the judgement.", MODERATED, null), null, auditId);
            }
            case 3 -> {
                String actionId = UUID.randomUUID().toString();
                actionIds.add(actionId);
                return new Step("AUDITOR", "/api/audits/" + auditId + "/actions", """
                        {"description":"Visit the child and record their views.","owner":"Team Manager",\
                        "team":"%s","dueDate":"%s","focus":"IMPACT","effectiveOn":"%s"}""".formatted(team, ACTION_DUE,
                        AGREED), new AgreeAuditAction(auditId, actionId, "Visit the child and record their views.",
                        "Team Manager", team, ACTION_DUE, Focus.IMPACT, AGREED, null), "actionId", auditId);
            }
            case 4 -> {
                String actionId = actionIds.get(completions);
                return new Step("TEAM_MANAGER", "/api/actions/" + actionId + "/completion", """
                        {"note":"Done; recorded on the child's file.","effectiveOn":"%s"}""".formatted(COMPLETED),
                        new CompleteAuditAction(actionId, "Done; recorded on the child's file.", COMPLETED, null), null,
                        auditId);
            }
            case 5 -> {
                caseId = UUID.randomUUID().toString();
                String child = childPrefix + "-" + audit;
                return new Step("HEAD_OF_SERVICE", "/api/cases-of-concern", """
                        {"auditId":"%s","childReference":"%s","category":"CATEGORY_2","concerns":"No risk assessment \
                        after the second referral.","worker":"SW 1","effectiveOn":"%s"}""".formatted(auditId, child,
                        RAISED), new RaiseCaseOfConcern(auditId, caseId, child, Category.CATEGORY_2,
                        "No risk assessment after the second referral.", "SW 1", RAISED, null), "caseOfConcernId",
                        auditId);
            }
            case 6 -> {
                return new Step("HEAD_OF_SERVICE", "/api/cases-of-concern/" + caseId + "/reviews", """
                        {"assurance":"Strategy meeting held; child seen.","effectiveOn":"%s"}""".formatted(REVIEWED),
                        new RecordCaseReview(caseId, "Strategy meeting held; child seen.", REVIEWED, null), null,
                        auditId);
            }
            default -> {
                return new Step("IMPROVEMENT_DIRECTOR", "/api/cases-of-concern/" + caseId + "/closure", """
                        {"rationale":"Assurance received; risk now managed.","effectiveOn":"%s"}""".formatted(CLOSED),
                        new CloseCaseOfConcern(caseId, "Assurance received; risk now managed.", CLOSED, null), null,
                        auditId);
            }
        }
    }

    private int completions;

    /** The command was answered; {@code createdId} is the id its answer named (the service's, over HTTP). */
    void answered(Step step, String createdId) {
        switch (phase) {
            case 0 -> {
                auditId = createdId;
                phase = 1;
            }
            case 1 -> phase = moderated() ? 2 : 3;
            case 2 -> phase = 3;
            case 3 -> {
                actionIds.set(actionIds.size() - 1, createdId);
                if (actionIds.size() == ACTIONS) {
                    phase = 4;
                }
            }
            case 4 -> {
                completions++;
                if (completions == COMPLETIONS) {
                    phase = inadequate() ? 5 : -1;
                }
            }
            case 5 -> {
                caseId = createdId;
                phase = 6;
            }
            case 6 -> phase = 7;
            default -> phase = -1;
        }
        if (phase == -1) {
            audit++;
            phase = 0;
            completions = 0;
            actionIds.clear();
            caseId = null;
        }
    }
}
