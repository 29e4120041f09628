package uk.caseaudit.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.serialization.Revision;

/**
 * An action was agreed after an audit; it belongs to the cohort of the audit's month ({@code auditMonth}).
 *
 * <p>Revision 2 always carries {@code auditMonth}; revision 1 did not promise it, and {@link AuditActionAgreedUpcaster}
 * reads a revision 1 event without it as revision 2, its cohort derived from {@code agreedOn}.
 */
@Revision("2")
public record AuditActionAgreed(
        String actionId,
        String auditId,
        String childReference,
        String team,
        String serviceArea,
        @JsonProperty(required = true) YearMonth auditMonth,
        String owner,
        String description,
        LocalDate dueDate,
        Focus focus,
        LocalDate agreedOn) {
}
