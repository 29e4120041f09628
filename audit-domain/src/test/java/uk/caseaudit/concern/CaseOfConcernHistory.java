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

    private CaseOfConcernHistory() {
    }

    static CaseOfConcernRaised raised() {
        return new CaseOfConcernRaised(CASE_ID, AUDIT_ID, CHILD, TEAM, SERVICE_AREA, MAY_2018, Category.CATEGORY_1,
                "No risk assessment after the latest referral.", WORKER, RAISED_ON);
    }

    static CaseReviewRecorded reviewed(Category category, LocalDate reviewedOn) {
        return new CaseReviewRecorded(CASE_ID, AUDIT_ID, CHILD, TEAM, SERVICE_AREA, MAY_2018, category, WORKER,
                "Strategy meeting held; safety plan in place.", reviewedOn);
    }

    static CaseOfConcernRecategorised recategorisedToCategory2(LocalDate recategorisedOn) {
        return new CaseOfConcernRecategorised(CASE_ID, AUDIT_ID, CHILD, TEAM, SERVICE_AREA, MAY_2018,
                Category.CATEGORY_2, WORKER, Category.CATEGORY_1, "Immediate risk addressed.", recategorisedOn);
    }

    static CaseOfConcernClosed closed(Category category, LocalDate closedOn) {
        return new CaseOfConcernClosed(CASE_ID, AUDIT_ID, CHILD, TEAM, SERVICE_AREA, MAY_2018, category, WORKER,
                "Assurance accepted.", closedOn);
    }

    static CaseOfConcernClosureRefused closureRefused(LocalDate refusedOn) {
        return new CaseOfConcernClosureRefused(CASE_ID, AUDIT_ID, CHILD, TEAM, SERVICE_AREA, MAY_2018,
                Category.CATEGORY_1, WORKER, "Show the plan has been reviewed.", refusedOn);
    }

    static CaseOfConcernReopened reopened(LocalDate reopenedOn) {
        return new CaseOfConcernReopened(CASE_ID, AUDIT_ID, CHILD, TEAM, SERVICE_AREA, MAY_2018, Category.CATEGORY_1,
                WORKER, "A new referral came in.", reopenedOn);
    }
}
