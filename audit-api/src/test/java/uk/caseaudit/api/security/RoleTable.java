package uk.caseaudit.api.security;

import static uk.caseaudit.api.security.Role.AUDITOR;
import static uk.caseaudit.api.security.Role.HEAD_OF_SERVICE;
import static uk.caseaudit.api.security.Role.IMPROVEMENT_DIRECTOR;
import static uk.caseaudit.api.security.Role.INTEGRATOR;
import static uk.caseaudit.api.security.Role.MODERATOR;
import static uk.caseaudit.api.security.Role.QA_LEAD;
import static uk.caseaudit.api.security.Role.TEAM_MANAGER;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The role table of the README as data: who may call each operation. An operation is its method and its path template
 * as the OpenAPI document spells it; a caller not listed gets 403, and anonymous callers 401.
 */
final class RoleTable {

    /** Every role but INTEGRATOR: the readers of audits, the register, tracker, trends, programme and histories. */
    static final Set<Role> READERS = EnumSet.complementOf(EnumSet.of(INTEGRATOR));

    /** The event feed and the event types: integrators and the QA lead alone. */
    static final Set<Role> FEED = EnumSet.of(INTEGRATOR, QA_LEAD);

    /** One operation and who may call it. */
    record Row(String method, String path, boolean anonymous, Set<Role> roles) {

        String operation() {
            return method + " " + path;
        }

        boolean allows(Role role) {
            return roles.contains(role);
        }
    }

    /** The operations of the OpenAPI document (GET /v3/api-docs), each exactly once. */
    static final List<Row> API = List.of(
            post("/api/audits", QA_LEAD),
            post("/api/audits/{auditId}/judgements", AUDITOR),
            post("/api/audits/{auditId}/moderations", MODERATOR),
            post("/api/audits/{auditId}/inadmissibility", QA_LEAD),
            post("/api/audits/{auditId}/actions", AUDITOR),
            get("/api/audits", READERS),
            get("/api/audits/{auditId}", READERS),
            get("/api/audits/{auditId}/history", READERS),

            post("/api/cases-of-concern", HEAD_OF_SERVICE),
            post("/api/cases-of-concern/{caseOfConcernId}/reviews", HEAD_OF_SERVICE),
            post("/api/cases-of-concern/{caseOfConcernId}/recategorisation", HEAD_OF_SERVICE),
            post("/api/cases-of-concern/{caseOfConcernId}/closure", IMPROVEMENT_DIRECTOR),
            post("/api/cases-of-concern/{caseOfConcernId}/closure-refusal", IMPROVEMENT_DIRECTOR),
            post("/api/cases-of-concern/{caseOfConcernId}/reopening", IMPROVEMENT_DIRECTOR),
            get("/api/cases-of-concern", READERS),
            get("/api/cases-of-concern/{caseOfConcernId}", READERS),
            get("/api/cases-of-concern/{caseOfConcernId}/history", READERS),
            get("/api/cases-of-concern/register-sizes", READERS),
            get("/api/cases-of-concern/recurrence", READERS),

            post("/api/actions/{actionId}/completion", TEAM_MANAGER),
            post("/api/actions/{actionId}/due-date", TEAM_MANAGER),
            post("/api/actions/{actionId}/escalation", HEAD_OF_SERVICE),
            post("/api/actions/{actionId}/cancellation", QA_LEAD, HEAD_OF_SERVICE),
            get("/api/actions", READERS),
            get("/api/actions/{actionId}", READERS),
            get("/api/actions/{actionId}/history", READERS),
            get("/api/action-tracker", READERS),
            get("/api/action-tracker/teams", READERS),

            get("/api/judgement-trends", READERS),
            get("/api/programme", READERS),

            get("/api/access-log", QA_LEAD, IMPROVEMENT_DIRECTOR),

            get("/api/events", FEED),
            get("/api/events/stream", FEED),
            get("/api/event-types", FEED),
            get("/api/event-types/{name}/{version}", FEED), // a version's JSON Schema: part of the event types

            get("/api/admin/projections", QA_LEAD),
            get("/api/admin/nodes", QA_LEAD),
            post("/api/admin/projections/{name}/replay", QA_LEAD),
            get("/api/admin/dead-letters", QA_LEAD),
            post("/api/admin/projections/{name}/dead-letters/retry", QA_LEAD),
            delete("/api/admin/dead-letters/{deadLetterId}", QA_LEAD));

    /** Spring Boot Actuator's endpoints: not in the OpenAPI document, walked all the same. */
    static final List<Row> ACTUATOR = List.of(
            anyoneMayGet("/actuator/health"),
            get("/actuator/info", QA_LEAD),
            get("/actuator/prometheus", QA_LEAD));

    private RoleTable() {
    }

    private static Row get(String path, Role... roles) {
        return get(path, Set.of(roles));
    }

    private static Row get(String path, Set<Role> roles) {
        return row("GET", path, false, roles);
    }

    private static Row post(String path, Role... roles) {
        return row("POST", path, false, Set.of(roles));
    }

    private static Row delete(String path, Role... roles) {
        return row("DELETE", path, false, Set.of(roles));
    }

    private static Row anyoneMayGet(String path) {
        return row("GET", path, true, EnumSet.allOf(Role.class));
    }

    private static Row row(String method, String path, boolean anonymous, Set<Role> roles) {
        EnumSet<Role> allowed = EnumSet.noneOf(Role.class);
        allowed.addAll(roles);
        return new Row(method, path, anonymous, allowed);
    }
}
