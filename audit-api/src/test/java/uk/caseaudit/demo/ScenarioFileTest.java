package uk.caseaudit.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import uk.caseaudit.audit.AuditType;
import uk.caseaudit.audit.ModerateJudgement;
import uk.caseaudit.audit.ScheduleAudit;
import uk.caseaudit.shared.Actor;
import uk.caseaudit.shared.Grade;
import uk.caseaudit.shared.PracticeArea;

/** A scenario file gives commands of the domain module, each with its actor, one line a step; nothing else. */
class ScenarioFileTest {

    private static final ScenarioStep SCHEDULED = new ScenarioStep(new Actor("qa-lead", "QA_LEAD"),
            new ScheduleAudit("audit-2018-05-01", YearMonth.of(2018, 5), "5112648", "Chelt Assess", "CASS",
                    AuditType.CASE_FILE, "TM 02", LocalDate.of(2018, 5, 31), LocalDate.of(2018, 5, 1)));
    private static final ScenarioStep MODERATED = new ScenarioStep(new Actor("moderator", "MODERATOR"),
            new ModerateJudgement("audit-2018-05-01", Map.of(PracticeArea.SAFETY, Grade.INADEQUATE,
                    PracticeArea.OVERALL, Grade.INADEQUATE), "Agreed.", LocalDate.of(2018, 5, 14), null));

    @Test
    void a_step_is_one_line_with_dates_months_and_enums_as_text_map_keys_in_order_and_no_nulls() {
        assertThat(ScenarioFile.line(SCHEDULED)).isEqualTo("""
                {"user":"qa-lead","role":"QA_LEAD","command":"uk.caseaudit.audit.ScheduleAudit","fields":{\
                "auditId":"audit-2018-05-01","auditMonth":"2018-05","childReference":"5112648","team":"Chelt Assess",\
                "serviceArea":"CASS","auditType":"CASE_FILE","auditor":"TM 02","dueDate":"2018-05-31",\
                "effectiveOn":"2018-05-01"}}""");
        assertThat(ScenarioFile.line(MODERATED)).isEqualTo("""
                {"user":"moderator","role":"MODERATOR","command":"uk.caseaudit.audit.ModerateJudgement","fields":{\
                "auditId":"audit-2018-05-01","grades":{"OVERALL":"INADEQUATE","SAFETY":"INADEQUATE"},\
                "rationale":"Agreed.","effectiveOn":"2018-05-14"}}""");
    }

    @Test
    void the_lines_read_back_as_the_steps_they_were_written_from_in_order() {
        List<ScenarioStep> steps = List.of(SCHEDULED, MODERATED);
        String file = ScenarioFile.line(SCHEDULED) + "\n" + ScenarioFile.line(MODERATED) + "\n";

        assertThat(ScenarioFile.read(resource(file))).isEqualTo(steps);
    }

    @Test
    void a_class_outside_the_domain_packages_is_refused_with_its_line() {
        assertThatThrownBy(() -> ScenarioFile.read(resource(ScenarioFile.line(SCHEDULED) + "\n"
                + "{\"user\":\"qa-lead\",\"role\":\"QA_LEAD\",\"command\":\"java.io.File\",\"fields\":{}}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2: java.io.File is not a command of the domain module");
    }

    @Test
    void a_record_of_the_domain_that_is_not_a_command_is_refused() {
        assertThatThrownBy(() -> ScenarioFile.read(resource(
                "{\"user\":\"qa-lead\",\"role\":\"QA_LEAD\",\"command\":\"uk.caseaudit.audit.AuditScheduled\","
                        + "\"fields\":{\"auditId\":\"audit-2018-05-01\"}}")))
                .hasMessageContaining("line 1: uk.caseaudit.audit.AuditScheduled is not a command of the domain");
        assertThatThrownBy(() -> ScenarioFile.read(resource(
                "{\"user\":\"qa-lead\",\"role\":\"QA_LEAD\",\"command\":\"uk.caseaudit.demo.DemoDataLoader\","
                        + "\"fields\":{}}")))
                .hasMessageContaining("uk.caseaudit.demo.DemoDataLoader is not a command of the domain module");
    }

    @Test
    void a_command_that_does_not_exist_is_refused() {
        assertThatThrownBy(() -> ScenarioFile.read(resource(
                "{\"user\":\"qa-lead\",\"role\":\"QA_LEAD\",\"command\":\"uk.caseaudit.audit.CancelAudit\","
                        + "\"fields\":{}}")))
                .hasMessageContaining("line 1: no command uk.caseaudit.audit.CancelAudit in the domain module");
    }

    @Test
    void a_field_the_command_does_not_have_is_refused() {
        String line = ScenarioFile.line(SCHEDULED).replace("\"team\":", "\"teem\":");

        assertThatThrownBy(() -> ScenarioFile.read(resource(line)))
                .hasMessageContaining("line 1: Unrecognized field \"teem\"");
    }

    @Test
    void a_step_without_its_actor_is_refused() {
        String line = ScenarioFile.line(SCHEDULED).replace("\"role\":\"QA_LEAD\",", "");

        assertThatThrownBy(() -> ScenarioFile.read(resource(line)))
                .hasMessageContaining("line 1: a step needs a user, a role, a command and an object of its fields");
    }

    private static ByteArrayResource resource(String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "test scenario");
    }
}
