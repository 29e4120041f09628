package uk.caseaudit.audit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import uk.caseaudit.shared.Grade;
import uk.caseaudit.shared.PracticeArea;

/** One audit's facts, as the fixtures give them: a May 2018 case-file audit, due on 25 May. */
final class AuditHistory {

    static final LocalDate TODAY = LocalDate.of(2018, 6, 4);
    static final String AUDIT_ID = "audit-1";
    static final YearMonth MAY_2018 = YearMonth.of(2018, 5);
    static final String CHILD = "5067991";
    static final String TEAM = "Chelt Assess";
    static final String SERVICE_AREA = "Safeguarding";
    static final String AUDITOR = "Jo Auditor";
    static final LocalDate SCHEDULED_ON = LocalDate.of(2018, 5, 1);
    static final LocalDate DUE_DATE = LocalDate.of(2018, 5, 25);
    static final Engagement ENGAGEMENT = new Engagement(EngagementLevel.ENGAGED, EngagementLevel.ATTEMPTED,
            EngagementLevel.NOT_APPROPRIATE, EngagementLevel.NOT_RECORDED);
    static final String SUMMARY = "Drift in planning; no recent visit.";
    static final String MODERATION_RATIONALE = "No evidence the plan was reviewed.";
    static final String INADMISSIBILITY_REASON = "The child moved out of the county before the audit.";

    private AuditHistory() {
    }

    static AuditScheduled scheduled() {
        return new AuditScheduled(AUDIT_ID, MAY_2018, CHILD, TEAM, SERVICE_AREA, AuditType.CASE_FILE, AUDITOR,
                DUE_DATE, SCHEDULED_ON);
    }

    /** The auditor's grades: {@code overall} for OVERALL, REQUIRES_IMPROVEMENT for SAFETY. */
    static Map<PracticeArea, Grade> auditorGrades(Grade overall) {
        return Map.of(PracticeArea.OVERALL, overall, PracticeArea.SAFETY, Grade.REQUIRES_IMPROVEMENT);
    }

    static JudgementsSubmitted submitted(Grade overall, LocalDate submittedOn) {
        return new JudgementsSubmitted(AUDIT_ID, MAY_2018, CHILD, TEAM, SERVICE_AREA, AuditType.CASE_FILE, AUDITOR,
                DUE_DATE, auditorGrades(overall), ENGAGEMENT, SUMMARY, !submittedOn.isAfter(DUE_DATE), submittedOn);
    }

    static JudgementModerated moderated(int revision, Map<PracticeArea, Grade> grades,
            Map<PracticeArea, Grade> auditorGrades, LocalDate moderatedOn) {
        return new JudgementModerated(AUDIT_ID, MAY_2018, CHILD, TEAM, SERVICE_AREA, AuditType.CASE_FILE, grades,
                auditorGrades, MODERATION_RATIONALE, revision, moderatedOn);
    }

    static AuditDeclaredInadmissible declaredInadmissible(LocalDate declaredOn) {
        return new AuditDeclaredInadmissible(AUDIT_ID, MAY_2018, CHILD, TEAM, SERVICE_AREA, AuditType.CASE_FILE,
                INADMISSIBILITY_REASON, declaredOn);
    }
}
