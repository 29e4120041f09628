package uk.caseaudit.projection.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import uk.caseaudit.concern.CaseOfConcernRaised;
import uk.caseaudit.concern.Category;
import uk.caseaudit.projection.readmodel.AsAt;
import uk.caseaudit.projection.readmodel.Rows;
import uk.caseaudit.projection.readmodel.Version;
import uk.caseaudit.shared.WorkingDays;

/**
 * One row of {@code case_of_concern_version}: the whole state of a case of concern after one of its events.
 */
final class CaseVersion extends Version<CaseVersion> {

    String caseOfConcernId;
    String auditId;
    String childReference;
    String team;
    String serviceArea;
    YearMonth auditMonth;
    String worker;
    Category category;
    LocalDate categorySince;
    CaseStatus status;
    LocalDate raisedOn;
    String raisedBy;
    String concerns;
    boolean reviewedSinceReset;
    LocalDate lastReviewOn;
    String lastAssurance;
    String lastReviewedBy;
    LocalDate closedOn;
    String signOffRationale;
    String signOffBy;
    LocalDate lastRefusalOn;
    String lastRefusalReason;
    LocalDate reopenedOn;
    String reopenReason;

    private CaseVersion(long seq, LocalDate effectiveFrom, Instant recordedAt) {
        super(seq, effectiveFrom, recordedAt);
    }

    @Override
    public String id() {
        return caseOfConcernId;
    }

    static CaseVersion raised(CaseOfConcernRaised event, String user, long seq, Instant recordedAt) {
        CaseVersion raised = new CaseVersion(seq, event.raisedOn(), recordedAt);
        raised.caseOfConcernId = event.caseOfConcernId();
        raised.auditId = event.auditId();
        raised.childReference = event.childReference();
        raised.team = event.team();
        raised.serviceArea = event.serviceArea();
        raised.auditMonth = event.auditMonth();
        raised.worker = event.worker();
        raised.category = event.category();
        raised.categorySince = event.raisedOn();
        raised.status = CaseStatus.OPEN;
        raised.raisedOn = event.raisedOn();
        raised.raisedBy = user;
        raised.concerns = event.concerns();
        raised.reviewedSinceReset = false;
        return raised;
    }

    void reviewed(LocalDate on, String assurance, String user) {
        reviewedSinceReset = true;
        lastReviewOn = on;
        lastAssurance = assurance;
        lastReviewedBy = user;
    }

    void recategorised(LocalDate on, Category newCategory) {
        category = newCategory;
        categorySince = on;
        reviewedSinceReset = false;
    }

    void closed(LocalDate on, String rationale, String user) {
        status = CaseStatus.CLOSED;
        closedOn = on;
        signOffRationale = rationale;
        signOffBy = user;
    }

    void closureRefused(LocalDate on, String reason) {
        lastRefusalOn = on;
        lastRefusalReason = reason;
    }

    /** Back on the register: the sign-off no longer holds, and a new review is needed before closing. */
    void reopened(LocalDate on, String reason) {
        status = CaseStatus.OPEN;
        reopenedOn = on;
        reopenReason = reason;
        categorySince = on;
        reviewedSinceReset = false;
        closedOn = null;
        signOffRationale = null;
        signOffBy = null;
    }

    /** Days from the raised date to {@code day} while open; to the closure once closed. */
    long daysOnRegister(LocalDate day) {
        return ChronoUnit.DAYS.between(raisedOn, status == CaseStatus.CLOSED ? closedOn : day);
    }

    /**
     * Whether, on {@code day}, the case is open, Category 1, and still unreviewed after the deadline: the working
     * day after the category took effect. Working days are Monday to Friday; bank holidays are not modelled, so
     * a case raised before a bank holiday is flagged a day early.
     */
    boolean category1ReviewLate(LocalDate day) {
        return status == CaseStatus.OPEN && category == Category.CATEGORY_1 && !reviewedSinceReset
                && day.isAfter(WorkingDays.WEEKDAYS.plus(categorySince, 1));
    }

    /** The versions as rows of {@code case_of_concern_version}. */
    static final Rows<CaseVersion> ROWS = new Rows<>() {

        @Override
        public List<String> columns() {
            return List.of("case_of_concern_id", "seq", "effective_from", "recorded_at", "audit_id",
                    "child_reference", "team", "service_area", "audit_month", "worker", "category", "category_since",
                    "status", "raised_on", "raised_by", "concerns", "reviewed_since_reset", "last_review_on",
                    "last_assurance", "last_reviewed_by", "closed_on", "sign_off_rationale", "sign_off_by",
                    "last_refusal_on", "last_refusal_reason", "reopened_on", "reopen_reason");
        }

        @Override
        public Object[] values(CaseVersion version) {
            return version.values();
        }

        @Override
        public CaseVersion read(ResultSet row) throws SQLException {
            return CaseVersion.read(row, 0);
        }
    };

    private Object[] values() {
        return new Object[] {caseOfConcernId, seq(), AsAt.sqlDate(effectiveFrom()), AsAt.utc(recordedAt()), auditId,
            childReference, team, serviceArea, auditMonth.toString(), worker, category.name(),
            AsAt.sqlDate(categorySince), status.name(), AsAt.sqlDate(raisedOn), raisedBy, concerns,
            reviewedSinceReset, AsAt.sqlDate(lastReviewOn), lastAssurance, lastReviewedBy, AsAt.sqlDate(closedOn),
            signOffRationale, signOffBy, AsAt.sqlDate(lastRefusalOn), lastRefusalReason, AsAt.sqlDate(reopenedOn),
            reopenReason};
    }

    static CaseVersion read(ResultSet row, int rowNumber) throws SQLException {
        CaseVersion version = new CaseVersion(row.getLong("seq"), Rows.day(row, "effective_from"), null);
        version.caseOfConcernId = row.getString("case_of_concern_id");
        version.auditId = row.getString("audit_id");
        version.childReference = row.getString("child_reference");
        version.team = row.getString("team");
        version.serviceArea = row.getString("service_area");
        version.auditMonth = YearMonth.parse(row.getString("audit_month"));
        version.worker = row.getString("worker");
        version.category = Category.valueOf(row.getString("category"));
        version.categorySince = Rows.day(row, "category_since");
        version.status = CaseStatus.valueOf(row.getString("status"));
        version.raisedOn = Rows.day(row, "raised_on");
        version.raisedBy = row.getString("raised_by");
        version.concerns = row.getString("concerns");
        version.reviewedSinceReset = row.getBoolean("reviewed_since_reset");
        version.lastReviewOn = Rows.day(row, "last_review_on");
        version.lastAssurance = row.getString("last_assurance");
        version.lastReviewedBy = row.getString("last_reviewed_by");
        version.closedOn = Rows.day(row, "closed_on");
        version.signOffRationale = row.getString("sign_off_rationale");
        version.signOffBy = row.getString("sign_off_by");
        version.lastRefusalOn = Rows.day(row, "last_refusal_on");
        version.lastRefusalReason = row.getString("last_refusal_reason");
        version.reopenedOn = Rows.day(row, "reopened_on");
        version.reopenReason = row.getString("reopen_reason");
        return version;
    }

    /** The register's row of this version, as on {@code day}. */
    RegisterRow toRow(LocalDate day) {
        return new RegisterRow(caseOfConcernId, auditId, childReference, team, serviceArea, auditMonth, category,
                worker, status, raisedOn, daysOnRegister(day), lastReviewOn, category1ReviewLate(day), closedOn,
                signOffRationale, signOffBy, seq());
    }

    /** The full view of this version, as on {@code day}. */
    CaseOfConcernView toView(LocalDate day) {
        return new CaseOfConcernView(caseOfConcernId, auditId, childReference, team, serviceArea, auditMonth,
                category, categorySince, worker, status, raisedOn, raisedBy, concerns, daysOnRegister(day),
                reviewedSinceReset, category1ReviewLate(day), lastReviewOn, lastAssurance, lastReviewedBy, closedOn,
                signOffRationale, signOffBy, lastRefusalOn, lastRefusalReason, reopenedOn, reopenReason,
                effectiveFrom(), seq());
    }
}
