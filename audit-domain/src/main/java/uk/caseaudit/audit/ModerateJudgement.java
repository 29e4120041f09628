package uk.caseaudit.audit;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.caseaudit.shared.Grade;
import uk.caseaudit.shared.PracticeArea;

/**
 * Moderates submitted grades: for each practice area given, agrees the auditor's grade or changes it, with a rationale.
 *
 * @param effectiveOn the day of the moderation; today when null
 */
public record ModerateJudgement(
        @TargetAggregateIdentifier String auditId,
        Map<PracticeArea, Grade> grades,
        String rationale,
        LocalDate effectiveOn,
        @TargetAggregateVersion Long expectedVersion) {
}
