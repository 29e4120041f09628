package uk.caseaudit.concern;

import java.time.LocalDate;
import java.time.YearMonth;

/** One case of concern's facts, as the fixtures give them: raised on 10 May 2018 from a May audit. */
final class CaseOfConcernHistory {

    static final LocalDate TODAY = LocalDate.of(2018, 6, 4);
    static final String CASE_ID = "case-1";
    static final String AUDIT_ID = "audit-1";
    static final String CHILD = "5067991";
    static final String TEAM = "Chelt Assess";
    static final String SERVICE_AREA = "Safeguarding";
    static final YearMonth MAY_2018 = YearMonth.of(2018, 5);
    static final String WORKER = "Sam Worker";
    static final LocalDate RAISED_ON = LocalDate.of(2018, 5, 10);
    static final String ASSURANCE = "Visited; plan reviewed with the family.";
    static final String RECATEGORISATION_REASON = "The risk assessment is now the concern, not immediate risk.";
    static final String CLOSURE_RATIONALE = "The safety plan is in place and reviewed.";
    static final String REFUSAL_REASON = "Show the plan has been reviewed with the family.";
    static final String REOPENING_REASON = "A new referral came in.";

    private CaseOfConcernHistory() {
    }

    static CaseOfConcernRaised raised() {
        return new CaseOfConcernRaised(CASE_ID, AUDIT_ID, CHILD, TEAM, SERVICE_AREA, MAY_2018, Category.CATEGORY_1,
                "No risk assessment after the latest referral.", WORKER, RAISED_ON);
    }

    static CaseReviewRecorded reviewed(Category category, LocalDate reviewedOn) {
        return new CaseReviewRecorded(CASE_ID, AUDIT_ID, CHILD, TEAM, SERVICE_AREA, MAY_2018, category, WORKER,
                ASSURANCE, reviewedOn);
    }

    static CaseOfConcernRecategorised recategorisedToCategory2(LocalDate recategorisedOn) {
        return recategorised(Category.CATEGORY_2, Category.CATEGORY_1, recategorisedOn);
    }

    static CaseOfConcernRecategorised recategorised(Category category, Category previousCategory,
            LocalDate recategorisedOn) {
        return new CaseOfConcernRecategorised(CASE_ID, AUDIT_ID, CHILD, TEAM, SERVICE_AREA, MAY_2018, category, WORKER,
                previousCategory, RECATEGORISATION_REASON, recategorisedOn);
    }

    static CaseOfConcernClosed closed(Category category, LocalDate closedOn) {
        return new CaseOfConcernClosed(CASE_ID, AUDIT_ID, CHILD, TEAM, SERVICE_AREA, MAY_2018, category, WORKER,
                CLOSURE_RATIONALE, closedOn);
    }

    static CaseOfConcernClosureRefused closureRefused(LocalDate refusedOn) {
        return new CaseOfConcernClosureRefused(CASE_ID, AUDIT_ID, CHILD, TEAM, SERVICE_AREA, MAY_2018,
                Category.CATEGORY_1, WORKER, REFUSAL_REASON, refusedOn);
    }

    static CaseOfConcernReopened reopened(LocalDate reopenedOn) {
        return new CaseOfConcernReopened(CASE_ID, AUDIT_ID, CHILD, TEAM, SERVICE_AREA, MAY_2018, Category.CATEGORY_1,
                WORKER, REOPENING_REASON, reopenedOn);
    }
}
