package uk.caseaudit.api.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code case-audit.security}: how callers authenticate, where JWTs carry the user and the roles, and which
 * front-end origins may call the API from a browser.
 *
 * @param authentication BASIC (the demo users, embedded default) or JWT (an OAuth2 resource server, production)
 * @param jwt the claims read from a JWT
 * @param cors the browser origins allowed to call the API
 */
@ConfigurationProperties("case-audit.security")
record SecuritySettings(@DefaultValue("basic") Authentication authentication, @DefaultValue Jwt jwt,
                        @DefaultValue Cors cors) {

    /** How callers prove who they are. */
    enum Authentication { BASIC, JWT }

    /**
     * @param rolesClaim the claim holding the caller's roles (a list, or a string separated by spaces or commas);
     *                   a dotted path reads a nested claim, e.g. {@code realm_access.roles}
     * @param userClaim the claim naming the caller in the events and histories; the subject when it is missing
     */
    record Jwt(@DefaultValue("roles") String rolesClaim, @DefaultValue("preferred_username") String userClaim) {
    }

    /** @param allowedOrigins exact origins, e.g. {@code https://qa.council.example}; none by default */
    record Cors(@DefaultValue List<String> allowedOrigins) {
    }
}
