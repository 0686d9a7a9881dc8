package nl.terugkeer.api.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the tokens a decoder has verified, until each expires (issue 13, ADR 0029): a client sends the same
 * bearer token with every request of its session, and checking its RSA signature, parsing its claims and converting
 * them again each time was a tenth of the service's CPU under load. A token is taken from memory only before its
 * {@code exp}; after that, or for a token never seen, the delegate decides (signature, issuer, audience, times, with
 * their clock skew). A rejected token is never remembered. At most {@link #CAPACITY} tokens are held; when full, the
 * memory is emptied and fills again from the next requests.
 */
public final class VerifiedTokens implements JwtDecoder {

    static final int CAPACITY = 10_000;

    private final JwtDecoder delegate;
    private final Clock clock;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    public VerifiedTokens(JwtDecoder delegate) {
        this(delegate, Clock.systemUTC());
    }

    VerifiedTokens(JwtDecoder delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        if (known != null && unexpired(known, clock.instant())) {
            return known;
        }
        Jwt jwt = delegate.decode(token);
        if (jwt.getExpiresAt() != null) { // a token without exp is checked every time
            if (verified.size() >= CAPACITY) {
                verified.clear();
            }
            verified.put(token, jwt);
        }
        return jwt;
    }

    private static boolean unexpired(Jwt jwt, Instant now) {
        return now.isBefore(jwt.getExpiresAt()) && (jwt.getNotBefore() == null || !now.isBefore(jwt.getNotBefore()));
    }
}
