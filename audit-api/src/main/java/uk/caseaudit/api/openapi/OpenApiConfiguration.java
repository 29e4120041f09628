package uk.caseaudit.api.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import uk.caseaudit.api.csv.CsvMessageConverter;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOperationComponentsCustomizer;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}): the conventions of the
 * API, HTTP Basic on every operation (Swagger UI's Authorize takes a demo user on the embedded default), and
 * {@link ApiConventions} writing the shared answers, parameters and examples into every operation.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC_AUTH = "basicAuth";
    static final String BEARER_AUTH = "bearerAuth";

    /** The version of the API contract, not of the build: it changes only when the contract does. */
    private static final String CONTRACT_VERSION = "1";

    private static final String DESCRIPTION = """
            Quality assurance of children's social care practice: the monthly case-file audits, their moderation, \
            the register of cases of concern and the actions each audit sets.

            ## Conventions
            - JSON, camelCase fields; dates `yyyy-MM-dd`; months `yyyy-MM`; instants ISO-8601 UTC; enumerations \
            in UPPER_CASE.
            - **Commands** are `POST`s. A new record answers `201 Created` with `Location`, anything else `200 OK`; \
            the body holds the id (also under the record's own name, e.g. `auditId`), the record's new `version` \
            and the event-stream `position` of the command's last event.
            - **effectiveOn** (`yyyy-MM-dd`), on every command: the day the fact took effect; today when left out. \
            A day in the future, or before the fact it follows, is refused with `422`.
            - **`If-Match: "<version>"`** on a command: applied only if the record is still at that version, \
            else `412` and nothing is stored. Two writers racing on one record: the loser gets `409`.
            - **Idempotency-Key** on a command: repeating the request with the same key returns the first answer \
            and stores nothing new.
            - **asAt** (`yyyy-MM-dd`) on a read: the facts effective by the end of that day (Europe/London); \
            **knownAt** (instant): only what was recorded by then. Both default to now.
            - **minPosition** on a read: read your writes. Send the `position` a command answered; the read waits \
            (a few seconds at most) until its read model has processed it, else `503` with `Retry-After`.
            - Lists page with `page` (from 0) and `size`, and say the `total`.
            - Errors are `application/problem+json` (RFC 9457): `400` invalid input (every invalid field listed in \
            `errors`), `401` not authenticated, `403` role not allowed, `404` unknown id, `409` conflict, `412` \
            stale `If-Match`, `422` a domain rule refused the command (named in `rule` and `detail`), `503` read \
            model not caught up.

            ## Roles
            | role | may |
            | --- | --- |
            | QA_LEAD | schedule audits, declare inadmissible, cancel actions, read everything, rebuild read models |
            | AUDITOR | submit judgements, agree actions |
            | MODERATOR | moderate judgements |
            | TEAM_MANAGER | complete actions and revise their due date |
            | HEAD_OF_SERVICE | raise, review and re-categorise cases of concern; escalate and cancel actions |
            | IMPROVEMENT_DIRECTOR | close, refuse closure of and reopen cases of concern |
            | INTEGRATOR | read the event feed and event types only |

            Every role but INTEGRATOR may read audits, the register, the tracker, trends, the programme and the \
            histories.

            ## Authentication
            In production (the `postgres` profile) a JWT from the council's identity provider, as \
            `Authorization: Bearer <token>`; the roles are read from a configurable claim (`roles` by default).

            ## Trying it out
            HTTP Basic. On the embedded default (no profile) each role has a demo user, password `demo`: \
            `qa-lead`, `auditor`, `moderator`, `team-manager`, `head-of-service`, `improvement-director`, \
            `integrator`. Press **Authorize** and sign in as the role you want to try.
            """;

    @Bean
    OpenAPI caseAuditOpenApi() {
        return new OpenAPI()
                .info(new Info().title("case-audit").version(CONTRACT_VERSION).description(DESCRIPTION))
                .components(new Components().addSecuritySchemes(BASIC_AUTH, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("User name and password; on the embedded default a demo user, e.g. qa-lead / demo."))
                        .addSecuritySchemes(BEARER_AUTH, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("A JWT from the council's identity provider (the postgres profile).")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_AUTH));
    }

    @Bean
    OpenApiCustomizer apiConventions(ObjectMapper json) {
        return new ApiConventions(new CsvMessageConverter(json)::toCsv);
    }

    @Bean
    GlobalOperationComponentsCustomizer notBlankText() {
        return new NotBlankText();
    }
}
