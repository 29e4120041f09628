package uk.caseaudit.api.security;

/** The roles of the API (README, Security and privacy); Spring Security sees each as authority {@code ROLE_<name>}. */
public enum Role {
    QA_LEAD, AUDITOR, MODERATOR, TEAM_MANAGER, HEAD_OF_SERVICE, IMPROVEMENT_DIRECTOR, INTEGRATOR
}
