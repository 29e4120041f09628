package uk.caseaudit.api.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A JWT's caller: the name from the configured user claim (the subject when it is missing) and, as authorities
 * {@code ROLE_<role>}, the roles of {@link Role} found in the configured roles claim. Other values are ignored: a
 * token with none of our roles is authenticated but may do nothing.
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    private static final Set<String> ROLES = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());

    private final SecuritySettings.Jwt claims;

    JwtRoles(SecuritySettings.Jwt claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<GrantedAuthority> authorities = values(claim(jwt.getClaims(), claims.rolesClaim())).stream()
                .filter(ROLES::contains)
                .distinct()
                .sorted()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        String user = jwt.getClaimAsString(claims.userClaim());
        return new JwtAuthenticationToken(jwt, authorities, user == null || user.isBlank() ? jwt.getSubject() : user);
    }

    /** The claim at a dotted path through nested objects; null when any step is missing. */
    private static Object claim(Map<String, Object> claimSet, String path) {
        Object value = claimSet;
        for (String step : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> object)) {
                return null;
            }
            value = object.get(step);
        }
        return value;
    }

    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).map(String::strip).toList();
        }
        if (claim instanceof String text) {
            return Arrays.stream(text.split("[\\s,]+")).filter(value -> !value.isEmpty()).toList();
        }
        return List.of();
    }
}
