package uk.caseaudit.api.security;

import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.caseaudit.shared.Actor;

/**
 * The authenticated caller of the current request as an {@link Actor}: the user's name and their roles (the names
 * of their {@code ROLE_} authorities, joined by commas when they hold several; NONE when they hold none).
 */
public final class Callers {

    private Callers() {
    }

    /** The caller, if someone is authenticated. */
    public static Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        String roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .sorted()
                .collect(Collectors.joining(","));
        return Optional.of(new Actor(authentication.getName(), roles.isEmpty() ? "NONE" : roles));
    }
}
