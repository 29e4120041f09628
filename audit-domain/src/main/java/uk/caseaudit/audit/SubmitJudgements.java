package uk.caseaudit.audit;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.caseaudit.shared.Grade;
import uk.caseaudit.shared.PracticeArea;

/**
 * Submits the auditor's judgements: a grade for OVERALL and for any other practice areas, engagement and a summary.
 *
 * @param effectiveOn the day they were submitted; today when null
 */
public record SubmitJudgements(
        @TargetAggregateIdentifier String auditId,
        Map<PracticeArea, Grade> grades,
        Engagement engagement,
        String summary,
        LocalDate effectiveOn,
        @TargetAggregateVersion Long expectedVersion) {
}
