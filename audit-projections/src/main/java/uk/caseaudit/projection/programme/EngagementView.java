package uk.caseaudit.projection.programme;

import java.util.Map;
import uk.caseaudit.audit.EngagementLevel;

/**
 * For each party, how many audits found it ENGAGED, ATTEMPTED, NOT_APPROPRIATE and NOT_RECORDED (always all four, in
 * that order).
 */
public record EngagementView(
        Map<EngagementLevel, Integer> socialWorker,
        Map<EngagementLevel, Integer> teamManager,
        Map<EngagementLevel, Integer> child,
        Map<EngagementLevel, Integer> parent) {
}
