package uk.caseaudit.projection.register;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.caseaudit.concern.CaseOfConcernRaised;
import uk.caseaudit.projection.AsAt;
import uk.caseaudit.concern.Category;

/**
 * One row of {@code case_of_concern_version}: the whole state of a case of concern after one of its events.
 * A new version is a copy of the previous one with the event's change.
 */
final class CaseVersion {

    String caseOfConcernId;
    long seq;
    LocalDate effectiveFrom;
    /** When the event was recorded (written, not read back: the queries ask for it in SQL). */
    Instant recordedAt;
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

    private CaseVersion() {
    }

    static CaseVersion raised(CaseOfConcernRaised event, String user, long seq, Instant recordedAt) {
        CaseVersion raised = new CaseVersion();
        raised.caseOfConcernId = event.caseOfConcernId();
        raised.seq = seq;
        raised.effectiveFrom = event.raisedOn();
        raised.recordedAt = recordedAt;
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

    /** A copy of this version, to become version {@code nextSeq} once an event's change is applied to it. */
    CaseVersion next(long nextSeq, LocalDate nextEffectiveFrom, Instant nextRecordedAt) {
        CaseVersion next = new CaseVersion();
        next.caseOfConcernId = caseOfConcernId;
        next.seq = nextSeq;
        next.effectiveFrom = nextEffectiveFrom;
        next.recordedAt = nextRecordedAt;
        next.auditId = auditId;
        next.childReference = childReference;
        next.team = team;
        next.serviceArea = serviceArea;
        next.auditMonth = auditMonth;
        next.worker = worker;
        next.category = category;
        next.categorySince = categorySince;
        next.status = status;
        next.raisedOn = raisedOn;
        next.raisedBy = raisedBy;
        next.concerns = concerns;
        next.reviewedSinceReset = reviewedSinceReset;
        next.lastReviewOn = lastReviewOn;
        next.lastAssurance = lastAssurance;
        next.lastReviewedBy = lastReviewedBy;
        next.closedOn = closedOn;
        next.signOffRationale = signOffRationale;
        next.signOffBy = signOffBy;
        next.lastRefusalOn = lastRefusalOn;
        next.lastRefusalReason = lastRefusalReason;
        next.reopenedOn = reopenedOn;
        next.reopenReason = reopenReason;
        return next;
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
                && day.isAfter(nextWorkingDay(categorySince));
    }

    private static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** Stores the versions in {@code table} (a copy of case_of_concern_version), in one batch. */
    static void insert(JdbcTemplate jdbc, String table, List<CaseVersion> versions) {
        jdbc.batchUpdate("INSERT INTO " + table + """
                 (case_of_concern_id, seq, effective_from, recorded_at, audit_id,
                    child_reference, team, service_area, audit_month, worker, category, category_since, status,
                    raised_on, raised_by, concerns, reviewed_since_reset, last_review_on, last_assurance,
                    last_reviewed_by, closed_on, sign_off_rationale, sign_off_by, last_refusal_on,
                    last_refusal_reason, reopened_on, reopen_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                versions.stream().map(CaseVersion::row).toList());
    }

    private Object[] row() {
        return new Object[] {caseOfConcernId, seq, AsAt.sqlDate(effectiveFrom), AsAt.utc(recordedAt), auditId,
            childReference, team, serviceArea, auditMonth.toString(), worker, category.name(),
            AsAt.sqlDate(categorySince), status.name(), AsAt.sqlDate(raisedOn), raisedBy, concerns,
            reviewedSinceReset, AsAt.sqlDate(lastReviewOn), lastAssurance, lastReviewedBy, AsAt.sqlDate(closedOn),
            signOffRationale, signOffBy, AsAt.sqlDate(lastRefusalOn), lastRefusalReason, AsAt.sqlDate(reopenedOn),
            reopenReason};
    }

    static CaseVersion read(ResultSet row, int rowNumber) throws SQLException {
        CaseVersion version = new CaseVersion();
        version.caseOfConcernId = row.getString("case_of_concern_id");
        version.seq = row.getLong("seq");
        version.effectiveFrom = localDate(row, "effective_from");
        version.auditId = row.getString("audit_id");
        version.childReference = row.getString("child_reference");
        version.team = row.getString("team");
        version.serviceArea = row.getString("service_area");
        version.auditMonth = YearMonth.parse(row.getString("audit_month"));
        version.worker = row.getString("worker");
        version.category = Category.valueOf(row.getString("category"));
        version.categorySince = localDate(row, "category_since");
        version.status = CaseStatus.valueOf(row.getString("status"));
        version.raisedOn = localDate(row, "raised_on");
        version.raisedBy = row.getString("raised_by");
        version.concerns = row.getString("concerns");
        version.reviewedSinceReset = row.getBoolean("reviewed_since_reset");
        version.lastReviewOn = localDate(row, "last_review_on");
        version.lastAssurance = row.getString("last_assurance");
        version.lastReviewedBy = row.getString("last_reviewed_by");
        version.closedOn = localDate(row, "closed_on");
        version.signOffRationale = row.getString("sign_off_rationale");
        version.signOffBy = row.getString("sign_off_by");
        version.lastRefusalOn = localDate(row, "last_refusal_on");
        version.lastRefusalReason = row.getString("last_refusal_reason");
        version.reopenedOn = localDate(row, "reopened_on");
        version.reopenReason = row.getString("reopen_reason");
        return version;
    }

    /** The register's row of this version, as on {@code day}. */
    RegisterRow toRow(LocalDate day) {
        return new RegisterRow(caseOfConcernId, auditId, childReference, team, serviceArea, auditMonth, category,
                worker, status, raisedOn, daysOnRegister(day), lastReviewOn, category1ReviewLate(day), closedOn,
                signOffRationale, signOffBy, seq);
    }

    /** The full view of this version, as on {@code day}. */
    CaseOfConcernView toView(LocalDate day) {
        return new CaseOfConcernView(caseOfConcernId, auditId, childReference, team, serviceArea, auditMonth,
                category, categorySince, worker, status, raisedOn, raisedBy, concerns, daysOnRegister(day),
                reviewedSinceReset, category1ReviewLate(day), lastReviewOn, lastAssurance, lastReviewedBy, closedOn,
                signOffRationale, signOffBy, lastRefusalOn, lastRefusalReason, reopenedOn, reopenReason,
                effectiveFrom, seq);
    }

    private static LocalDate localDate(ResultSet row, String column) throws SQLException {
        Date day = row.getDate(column);
        return day == null ? null : day.toLocalDate();
    }
}
