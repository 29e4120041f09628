package uk.caseaudit.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.caseaudit.api.command.CommandSender;
import uk.caseaudit.audit.AuditType;
import uk.caseaudit.audit.Engagement;
import uk.caseaudit.audit.EngagementLevel;
import uk.caseaudit.audit.ScheduleAudit;
import uk.caseaudit.audit.SubmitJudgements;
import uk.caseaudit.shared.Grade;
import uk.caseaudit.shared.PracticeArea;
import uk.caseaudit.shared.Rule;
import uk.caseaudit.shared.RuleViolation;
import uk.caseaudit.support.IntegrationTest;

/** "At most one open case of concern per child", against the real event store, sequentially and racing. */
class OneOpenCaseOfConcernPerChildTest extends IntegrationTest {

    private static final LocalDate DAY = LocalDate.of(2018, 5, 20);

    @Autowired
    CommandSender commands;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void a_second_case_for_a_child_is_refused_until_the_first_is_closed_and_reopening_is_refused_while_another_is_open() {
        String child = child();
        String first = raise(inadequateAudit(child), child);
        String secondAudit = inadequateAudit(child);
        long before = eventCount();

        assertThatThrownBy(() -> raise(secondAudit, child))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.rule()).isEqualTo(Rule.CHILD_ALREADY_HAS_OPEN_CASE));
        assertThat(eventCount()).isEqualTo(before);

        commands.send(new RecordCaseReview(first, "Child seen.", DAY, null));
        commands.send(new CloseCaseOfConcern(first, "Assurance accepted.", DAY, null));
        String second = raise(secondAudit, child);
        assertThat(second).isNotEqualTo(first);

        long beforeReopening = eventCount();
        assertThatThrownBy(() -> commands.send(new ReopenCaseOfConcern(first, "Concerns returned.", DAY, null)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.rule()).isEqualTo(Rule.CHILD_ALREADY_HAS_OPEN_CASE));
        assertThat(eventCount()).isEqualTo(beforeReopening);
    }

    @Test
    void of_two_racing_requests_for_one_child_exactly_one_opens_a_case_and_nothing_of_the_other_is_stored()
            throws Exception {
        for (int round = 0; round < 10; round++) {
            String child = child();
            List<String> audits = List.of(inadequateAudit(child), inadequateAudit(child));
            long before = eventCount();
            CyclicBarrier start = new CyclicBarrier(2);
            List<CompletableFuture<String>> outcomes = new ArrayList<>();
            for (String auditId : audits) {
                outcomes.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await(10, TimeUnit.SECONDS);
                        raise(auditId, child);
                        return "raised";
                    } catch (RuleViolation refused) {
                        return refused.rule().name();
                    } catch (Exception failure) {
                        return failure.getClass().getSimpleName();
                    }
                }, pool));
            }

            List<String> results = outcomes.stream().map(CompletableFuture::join).sorted().toList();

            assertThat(results).as("round %d", round).containsExactly("CHILD_ALREADY_HAS_OPEN_CASE", "raised");
            assertThat(eventCount()).isEqualTo(before + 1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM open_case_of_concern WHERE child_reference = ?",
                    Long.class, child)).isEqualTo(1L);
        }
    }

    private String inadequateAudit(String child) {
        String auditId = UUID.randomUUID().toString();
        commands.send(new ScheduleAudit(auditId, YearMonth.of(2018, 5), child, "Chelt Assess", "Safeguarding",
                AuditType.CASE_FILE, "J Smith", LocalDate.of(2018, 5, 25), LocalDate.of(2018, 5, 1)));
        commands.send(new SubmitJudgements(auditId, Map.of(PracticeArea.OVERALL, Grade.INADEQUATE),
                new Engagement(EngagementLevel.ENGAGED, EngagementLevel.ENGAGED, EngagementLevel.NOT_APPROPRIATE,
                        EngagementLevel.ENGAGED), "Inadequate.", LocalDate.of(2018, 5, 15), null));
        return auditId;
    }

    private String raise(String auditId, String child) {
        return commands.send(new RaiseCaseOfConcern(auditId, UUID.randomUUID().toString(), child, Category.CATEGORY_1,
                "Risk not assessed.", null, DAY, null)).id();
    }

    private static String child() {
        return "C" + UUID.randomUUID().toString().substring(0, 8);
    }
}
