package uk.caseaudit.projection.audits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.caseaudit.audit.AuditDeclaredInadmissible;
import uk.caseaudit.audit.AuditScheduled;
import uk.caseaudit.audit.AuditType;
import uk.caseaudit.audit.Engagement;
import uk.caseaudit.audit.EngagementLevel;
import uk.caseaudit.audit.JudgementModerated;
import uk.caseaudit.audit.JudgementsSubmitted;
import uk.caseaudit.projection.readmodel.AsAt;
import uk.caseaudit.projection.readmodel.VersionedTables;
import uk.caseaudit.projection.support.Kit;
import uk.caseaudit.projection.support.ReadModelDatabase;
import uk.caseaudit.shared.Grade;
import uk.caseaudit.shared.PracticeArea;

/**
 * The audits as the QA lead reads them, on each day and as known at each instant: events go straight to
 * {@link AuditsProjection}'s handlers, and the answers come from {@link AuditQueries}.
 *
 * <p>Audit 1 (May 2024, Chelt Assess), due 24 May: judgements submitted on 20 May (overall and management oversight
 * inadequate, safety requires improvement); moderation revision 1 on 28 May (overall requires improvement), revision 2
 * on 5 June (safety good).
 */
class AuditsProjectionTest {

    private static final YearMonth MAY = YearMonth.of(2024, 5);
    private static final String CHILD = "5067991";
    private static final String CHELT = "Chelt Assess";
    private static final String TEWKES = "Tewkes Assess";
    private static final String AUDITOR = "head.of.service.cst";
    private static final LocalDate SCHEDULED = LocalDate.of(2024, 5, 1);
    private static final LocalDate DUE = LocalDate.of(2024, 5, 24);
    private static final LocalDate SUBMITTED = LocalDate.of(2024, 5, 20);
    private static final LocalDate MODERATED = LocalDate.of(2024, 5, 28);
    private static final LocalDate REMODERATED = LocalDate.of(2024, 6, 5);
    private static final Engagement ENGAGEMENT = new Engagement(EngagementLevel.ENGAGED, EngagementLevel.ATTEMPTED,
            EngagementLevel.NOT_APPROPRIATE, EngagementLevel.NOT_RECORDED);
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.caseaudit.projection.support.ReadModelDatabase#kinds")
    void an_audit_as_at_each_day_shows_the_grades_then_in_force(String kind) {
        try (ReadModelDatabase database = ReadModelDatabase.open(kind)) {
            AuditsProjection projection = projection(database);
            AuditQueries audits = new AuditQueries(new AuditVersions(database.jdbc, tables(database)));
            auditOne(projection, recorded(MODERATED));

            AuditView scheduled = view(AuditStatus.SCHEDULED, null, null, Map.of(), null, 0, 0);
            AuditView submitted = view(AuditStatus.SUBMITTED, SUBMITTED, true, Map.of(
                    PracticeArea.OVERALL, new JudgementView(Grade.INADEQUATE, null),
                    PracticeArea.SAFETY, new JudgementView(Grade.REQUIRES_IMPROVEMENT, null),
                    PracticeArea.MANAGEMENT_OVERSIGHT, new JudgementView(Grade.INADEQUATE, null)), ENGAGEMENT, 0, 1);
            AuditView moderated = view(AuditStatus.MODERATED, SUBMITTED, true, Map.of(
                    PracticeArea.OVERALL, new JudgementView(Grade.INADEQUATE, Grade.REQUIRES_IMPROVEMENT),
                    PracticeArea.SAFETY, new JudgementView(Grade.REQUIRES_IMPROVEMENT, null),
                    PracticeArea.MANAGEMENT_OVERSIGHT, new JudgementView(Grade.INADEQUATE, null)), ENGAGEMENT, 1, 2);
            AuditView remoderated = view(AuditStatus.MODERATED, SUBMITTED, true, Map.of(
                    PracticeArea.OVERALL, new JudgementView(Grade.INADEQUATE, Grade.REQUIRES_IMPROVEMENT),
                    PracticeArea.SAFETY, new JudgementView(Grade.REQUIRES_IMPROVEMENT, Grade.GOOD),
                    PracticeArea.MANAGEMENT_OVERSIGHT, new JudgementView(Grade.INADEQUATE, null)), ENGAGEMENT, 2, 3);

            assertThat(audits.handle(find(SCHEDULED.minusDays(1)))).as("not scheduled yet").isEmpty();
            assertThat(audits.handle(find(SUBMITTED.minusDays(1)))).contains(scheduled);
            assertThat(audits.handle(find(SUBMITTED))).contains(submitted);
            assertThat(audits.handle(find(MODERATED.minusDays(1)))).contains(submitted);
            assertThat(audits.handle(find(MODERATED))).contains(moderated);
            assertThat(audits.handle(find(REMODERATED.minusDays(1)))).contains(moderated);
            assertThat(audits.handle(find(REMODERATED))).contains(remoderated);
            assertThat(audits.handle(new FindAudit("audit-1"))).as("now").contains(remoderated);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.caseaudit.projection.support.ReadModelDatabase#kinds")
    void an_audit_known_at_an_instant_before_a_back_dated_moderation_was_recorded_shows_the_auditors_grades(
            String kind) {
        try (ReadModelDatabase database = ReadModelDatabase.open(kind)) {
            AuditsProjection projection = projection(database);
            AuditQueries audits = new AuditQueries(new AuditVersions(database.jdbc, tables(database)));
            Instant moderationRecorded = Instant.parse("2024-06-10T09:00:00Z");
            auditOne(projection, moderationRecorded);
            LocalDate day = LocalDate.of(2024, 5, 31);

            assertThat(audits.handle(new FindAudit("audit-1", new AsAt(day, moderationRecorded.minusSeconds(1)))))
                    .get().extracting(AuditView::status, view -> view.grades().get(PracticeArea.OVERALL),
                            AuditView::moderationRevisions)
                    .containsExactly(AuditStatus.SUBMITTED, new JudgementView(Grade.INADEQUATE, null), 0);
            assertThat(audits.handle(new FindAudit("audit-1", new AsAt(day, moderationRecorded))))
                    .get().extracting(AuditView::status, view -> view.grades().get(PracticeArea.OVERALL),
                            AuditView::moderationRevisions)
                    .containsExactly(AuditStatus.MODERATED,
                            new JudgementView(Grade.INADEQUATE, Grade.REQUIRES_IMPROVEMENT), 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.caseaudit.projection.support.ReadModelDatabase#kinds")
    void an_audit_declared_inadmissible_is_listed_as_inadmissible_from_that_day_with_its_reason(String kind) {
        try (ReadModelDatabase database = ReadModelDatabase.open(kind)) {
            AuditsProjection projection = projection(database);
            AuditQueries audits = new AuditQueries(new AuditVersions(database.jdbc, tables(database)));
            auditOne(projection, recorded(MODERATED));
            LocalDate submitted = LocalDate.of(2024, 5, 22);
            LocalDate declared = LocalDate.of(2024, 5, 30);
            String reason = "The case was closed before the audit; the file holds no work to judge";
            projection.on(scheduled("audit-2", TEWKES), 0, recorded(SCHEDULED));
            projection.on(submitted("audit-2", TEWKES, Map.of(PracticeArea.OVERALL, Grade.GOOD), submitted), 1,
                    recorded(submitted));
            projection.on(new AuditDeclaredInadmissible("audit-2", MAY, "4410022", TEWKES, "CST", AuditType.CASE_FILE,
                    reason, declared), 2, recorded(declared));

            assertThat(audits.handle(list(AuditStatus.INADMISSIBLE, declared.minusDays(1))).total()).isZero();
            assertThat(audits.handle(list(AuditStatus.SUBMITTED, declared.minusDays(1))).audits())
                    .extracting(AuditView::auditId).containsExactly("audit-2");
            AuditPage inadmissible = audits.handle(list(AuditStatus.INADMISSIBLE, declared));
            assertThat(inadmissible.total()).isEqualTo(1);
            assertThat(inadmissible.audits()).extracting(AuditView::auditId, AuditView::inadmissible,
                            AuditView::declaredOn, AuditView::inadmissibilityReason, AuditView::grades,
                            AuditView::version)
                    .containsExactly(tuple("audit-2", true, declared, reason,
                            Map.of(PracticeArea.OVERALL, new JudgementView(Grade.GOOD, null)), 2L));
            assertThat(audits.handle(list(null, declared)).audits()).as("by team")
                    .extracting(AuditView::auditId, AuditView::team, AuditView::status, AuditView::inadmissible)
                    .containsExactly(tuple("audit-1", CHELT, AuditStatus.MODERATED, false),
                            tuple("audit-2", TEWKES, AuditStatus.INADMISSIBLE, true));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.caseaudit.projection.support.ReadModelDatabase#kinds")
    void a_redelivered_moderation_changes_nothing(String kind) {
        try (ReadModelDatabase database = ReadModelDatabase.open(kind)) {
            AuditsProjection projection = projection(database);
            AuditQueries audits = new AuditQueries(new AuditVersions(database.jdbc, tables(database)));
            auditOne(projection, recorded(MODERATED));
            AuditView before = audits.handle(new FindAudit("audit-1")).orElseThrow();

            projection.on(moderated(Map.of(PracticeArea.OVERALL, Grade.OUTSTANDING), 1, MODERATED), 2,
                    recorded(MODERATED));

            assertThat(audits.handle(new FindAudit("audit-1"))).contains(before);
            assertThat(before.grades().get(PracticeArea.OVERALL))
                    .isEqualTo(new JudgementView(Grade.INADEQUATE, Grade.REQUIRES_IMPROVEMENT));
            assertThat(database.jdbc.queryForObject("SELECT COUNT(*) FROM audit_version", Long.class))
                    .as("one version per event").isEqualTo(4L);
        }
    }

    /** Audit 1's events, as above; its first moderation recorded at {@code moderationRecorded}. */
    private static void auditOne(AuditsProjection projection, Instant moderationRecorded) {
        projection.on(scheduled("audit-1", CHELT), 0, recorded(SCHEDULED));
        projection.on(submitted("audit-1", CHELT, Map.of(PracticeArea.OVERALL, Grade.INADEQUATE,
                PracticeArea.SAFETY, Grade.REQUIRES_IMPROVEMENT,
                PracticeArea.MANAGEMENT_OVERSIGHT, Grade.INADEQUATE), SUBMITTED), 1, recorded(SUBMITTED));
        projection.on(moderated(Map.of(PracticeArea.OVERALL, Grade.REQUIRES_IMPROVEMENT), 1, MODERATED), 2,
                moderationRecorded);
        projection.on(moderated(Map.of(PracticeArea.SAFETY, Grade.GOOD), 2, REMODERATED), 3, recorded(REMODERATED));
    }

    private static AuditsProjection projection(ReadModelDatabase database) {
        return new AuditsProjection(new AuditVersions(database.jdbc, tables(database)));
    }

    private static VersionedTables tables(ReadModelDatabase database) {
        return Kit.tables(database, AuditsProjection.auditsReadModel());
    }

    private static FindAudit find(LocalDate day) {
        return new FindAudit("audit-1", new AsAt(day, NOW));
    }

    private static FindAudits list(AuditStatus status, LocalDate day) {
        return new FindAudits(MAY, null, null, status, 0, 20, new AsAt(day, NOW));
    }

    private static AuditView view(AuditStatus status, LocalDate submittedOn, Boolean withinTimescale,
                                  Map<PracticeArea, JudgementView> grades, Engagement engagement,
                                  int moderationRevisions, long version) {
        return new AuditView("audit-1", MAY, CHILD, CHELT, "CST", AuditType.CASE_FILE, AUDITOR, DUE, SCHEDULED,
                submittedOn, withinTimescale, grades, engagement, moderationRevisions, false, null, null, status,
                version);
    }

    /** When the service recorded an event that happened on {@code day}: that morning. */
    private static Instant recorded(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    private static AuditScheduled scheduled(String id, String team) {
        return new AuditScheduled(id, MAY, child(id), team, "CST", AuditType.CASE_FILE, AUDITOR, DUE, SCHEDULED);
    }

    private static JudgementsSubmitted submitted(String id, String team, Map<PracticeArea, Grade> grades,
                                                 LocalDate on) {
        return new JudgementsSubmitted(id, MAY, child(id), team, "CST", AuditType.CASE_FILE, AUDITOR, DUE, grades,
                ENGAGEMENT, "No safety plan after the strategy meeting", !on.isAfter(DUE), on);
    }

    private static JudgementModerated moderated(Map<PracticeArea, Grade> grades, int revision, LocalDate on) {
        return new JudgementModerated("audit-1", MAY, CHILD, CHELT, "CST", AuditType.CASE_FILE, grades, Map.of(),
                "Agreed with the external moderator", revision, on);
    }

    private static String child(String auditId) {
        return auditId.equals("audit-1") ? CHILD : "4410022";
    }
}
