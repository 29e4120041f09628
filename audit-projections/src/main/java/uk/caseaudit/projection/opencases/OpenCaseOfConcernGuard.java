package uk.caseaudit.projection.opencases;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.caseaudit.concern.CaseOfConcernClosed;
import uk.caseaudit.concern.CaseOfConcernRaised;
import uk.caseaudit.concern.CaseOfConcernReopened;
import uk.caseaudit.shared.Rule;
import uk.caseaudit.shared.RuleViolation;

/**
 * Enforces "at most one open case of concern per child" across aggregates. It runs in a subscribing
 * processor, inside the transaction of the command that raises, reopens or closes a case: a second
 * open case for a child fails on the table's primary key, and the whole command is refused with
 * {@link Rule#CHILD_ALREADY_HAS_OPEN_CASE}, its events unstored. Two racing requests end the same way.
 */
@Component
@ProcessingGroup(OpenCaseOfConcernGuard.NAME)
public class OpenCaseOfConcernGuard {

    /** The processing group, registered as a subscribing processor that propagates failures. */
    public static final String NAME = "open-case-of-concern-guard";

    private final JdbcTemplate jdbc;

    OpenCaseOfConcernGuard(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CaseOfConcernRaised event) {
        open(event.childReference(), event.caseOfConcernId());
    }

    @EventHandler
    void on(CaseOfConcernReopened event) {
        open(event.childReference(), event.caseOfConcernId());
    }

    @EventHandler
    void on(CaseOfConcernClosed event) {
        jdbc.update("DELETE FROM open_case_of_concern WHERE child_reference = ? AND case_of_concern_id = ?",
                event.childReference(), event.caseOfConcernId());
    }

    private void open(String childReference, String caseOfConcernId) {
        try {
            jdbc.update("INSERT INTO open_case_of_concern (child_reference, case_of_concern_id) VALUES (?, ?)",
                    childReference, caseOfConcernId);
        } catch (DuplicateKeyException alreadyOpen) {
            throw new RuleViolation(Rule.CHILD_ALREADY_HAS_OPEN_CASE,
                    "The child already has an open case of concern; close it or add to it instead.");
        }
    }
}
