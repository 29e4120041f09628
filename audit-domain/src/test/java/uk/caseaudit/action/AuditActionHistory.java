package uk.caseaudit.action;

import java.time.LocalDate;
import java.time.YearMonth;

/** One action's facts, as the fixtures give them: agreed on 10 May 2018 in the May cohort, due on 31 May. */
final class AuditActionHistory {

    static final LocalDate TODAY = LocalDate.of(2018, 6, 4);
    static final String ACTION_ID = "action-1";
    static final String AUDIT_ID = "audit-1";
    static final String CHILD = "5067991";
    static final String TEAM = "Gloucester Team 3";
    static final String SERVICE_AREA = "Safeguarding";
    static final YearMonth MAY_2018 = YearMonth.of(2018, 5);
    static final String OWNER = "Pat Team Manager";
    static final LocalDate AGREED_ON = LocalDate.of(2018, 5, 10);
    static final LocalDate DUE_DATE = LocalDate.of(2018, 5, 31);
    static final String REVISION_REASON = "The child is in hospital until mid-June.";
    static final String ESCALATION_REASON = "Four days past its due date with no visit.";
    static final String CANCELLATION_REASON = "The child moved to another authority.";

    private AuditActionHistory() {
    }

    static AuditActionAgreed agreed() {
        return new AuditActionAgreed(ACTION_ID, AUDIT_ID, CHILD, TEAM, SERVICE_AREA, MAY_2018, OWNER,
                "Visit the child and update the safety plan.", DUE_DATE, Focus.IMPACT, AGREED_ON);
    }

    static AuditActionDueDateRevised revised(LocalDate previousDueDate, LocalDate dueDate, LocalDate revisedOn) {
        return new AuditActionDueDateRevised(ACTION_ID, AUDIT_ID, CHILD, TEAM, SERVICE_AREA, MAY_2018, OWNER,
                Focus.IMPACT, dueDate, DUE_DATE, previousDueDate, REVISION_REASON, revisedOn);
    }

    static AuditActionCompleted completed(LocalDate completedOn) {
        return new AuditActionCompleted(ACTION_ID, AUDIT_ID, CHILD, TEAM, SERVICE_AREA, MAY_2018, OWNER, Focus.IMPACT,
                DUE_DATE, "Visited; plan updated.", completedOn.isAfter(DUE_DATE), completedOn);
    }

    static AuditActionEscalated escalated(LocalDate escalatedOn) {
        return new AuditActionEscalated(ACTION_ID, AUDIT_ID, CHILD, TEAM, SERVICE_AREA, MAY_2018, OWNER, Focus.IMPACT,
                DUE_DATE, ESCALATION_REASON, escalatedOn);
    }

    static AuditActionCancelled cancelled(LocalDate cancelledOn) {
        return new AuditActionCancelled(ACTION_ID, AUDIT_ID, CHILD, TEAM, SERVICE_AREA, MAY_2018, OWNER, Focus.IMPACT,
                DUE_DATE, CANCELLATION_REASON, cancelledOn);
    }
}
