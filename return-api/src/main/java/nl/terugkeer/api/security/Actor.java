package nl.terugkeer.api.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who acts, as the bearer token says: {@code sub}, exactly one known role in {@code roles} (a string or a list),
 * and {@code organisation} (a municipality's CBS code for {@code GEMEENTE}). A token that does not say this
 * clearly authenticates but gets no role, so every protected endpoint answers 403.
 *
 * @param userId the token's {@code sub}
 * @param role the one role the user acts in
 * @param organisation the organisation the user acts for
 */
public record Actor(String userId, Role role, String organisation) {

    public static final String ROLES_CLAIM = "roles";
    public static final String ORGANISATION_CLAIM = "organisation";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:@-]{1,100}");
    private static final Pattern MUNICIPALITY = Pattern.compile("GM\\d{4}");

    /** The actor of the token, or empty when the token does not name one user, one known role and its organisation. */
    public static Optional<Actor> of(Jwt jwt) {
        String subject = jwt.getSubject();
        String organisation = jwt.getClaimAsString(ORGANISATION_CLAIM);
        List<Role> roles = roles(jwt.getClaims().get(ROLES_CLAIM));
        if (subject == null || !SAFE.matcher(subject).matches() || roles.size() != 1) {
            return Optional.empty();
        }
        Role role = roles.getFirst();
        if (organisation == null || !SAFE.matcher(organisation).matches()) {
            return Optional.empty();
        }
        if (role == Role.GEMEENTE && !MUNICIPALITY.matcher(organisation).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Actor(subject, role, organisation));
    }

    /** The actor of the current request, if it carries a valid token. */
    public static Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return of(jwt);
        }
        return Optional.empty();
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }

    private static List<Role> roles(Object claim) {
        Collection<?> values;
        if (claim instanceof String text) {
            values = List.of(text.trim().split("\\s+"));
        } else if (claim instanceof Collection<?> collection) {
            values = collection;
        } else {
            return List.of();
        }
        return values.stream()
                .map(value -> {
                    try {
                        return Role.valueOf(String.valueOf(value).trim().toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException unknown) {
                        return null;
                    }
                })
                .filter(role -> role != null)
                .distinct()
                .toList();
    }
}
