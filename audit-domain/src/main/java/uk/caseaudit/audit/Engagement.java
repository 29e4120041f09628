package uk.caseaudit.audit;

/**
 * Whether the social worker, the team manager, the child and the parent or carer were engaged, as the auditor found.
 */
public record Engagement(
        EngagementLevel socialWorker,
        EngagementLevel teamManager,
        EngagementLevel child,
        EngagementLevel parent) {
}
