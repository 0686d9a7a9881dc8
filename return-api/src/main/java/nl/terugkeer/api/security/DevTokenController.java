package nl.terugkeer.api.security;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.terugkeer.api.http.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /dev/tokens} and {@code GET /dev/jwks.json} of the development token issuer. Answers only requests
 * made from this machine (loopback, not forwarded by a proxy, addressed to localhost or 127.0.0.1); everything else
 * gets 403. Only present when the issuer is switched on explicitly ({@link DevTokenIssuer#ENABLED}). Not part of the API's
 * contract, so not in the OpenAPI document.
 */
@Hidden
@RestController
@Conditional(DevTokenIssuer.Enabled.class)
class DevTokenController {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:@-]{1,100}");

    private final DevTokenIssuer issuer;

    DevTokenController(DevTokenIssuer issuer) {
        this.issuer = issuer;
    }

    /**
     * @param sub the user id
     * @param role one of GEMEENTE, DTENV, IND, AUDITOR, ANALYST, ADMIN
     * @param organisation the organisation; required for GEMEENTE (its CBS code, GM followed by 4 digits), defaults
     *     to the role's name otherwise
     */
    record TokenRequest(String sub, String role, String organisation) {}

    @PostMapping("/dev/tokens")
    ResponseEntity<?> token(@RequestBody TokenRequest request, HttpServletRequest http) {
        if (!fromThisMachine(http)) {
            return refused();
        }
        Optional<Role> role = role(request.role());
        if (request.sub() == null || !SAFE.matcher(request.sub()).matches() || role.isEmpty()) {
            return bad("sub (1-100 of letters, digits, . _ : @ -) and role (one of GEMEENTE, DTENV, IND, AUDITOR,"
                    + " ANALYST, ADMIN) are required");
        }
        String organisation = request.organisation() != null
                ? request.organisation()
                : role.get() == Role.GEMEENTE ? null : role.get().name();
        if (organisation == null || !SAFE.matcher(organisation).matches()) {
            return bad("organisation is required for GEMEENTE (its CBS code, e.g. GM0363)");
        }
        if (role.get() == Role.GEMEENTE && !organisation.matches("GM\\d{4}")) {
            return bad("a municipality's organisation is its CBS code: GM followed by 4 digits");
        }
        String token = issuer.issue(request.sub(), role.get(), organisation);
        return ResponseEntity.ok(
                Map.of("accessToken", token, "tokenType", "Bearer", "expiresIn", DevTokenIssuer.LIFETIME.toSeconds()));
    }

    @GetMapping("/dev/jwks.json")
    ResponseEntity<?> jwks(HttpServletRequest http) {
        return fromThisMachine(http) ? ResponseEntity.ok(issuer.jwks()) : refused();
    }

    /**
     * Loopback peer, no proxy headers, and a Host of {@code localhost} or {@code 127.0.0.1} ({@code [::1]}): a request
     * relayed by a same-host proxy, port-forward or tunnel under another name is refused (issue 9).
     */
    static boolean fromThisMachine(HttpServletRequest request) {
        if (request.getHeader("Forwarded") != null
                || request.getHeader("X-Forwarded-For") != null
                || request.getHeader("X-Forwarded-Host") != null) {
            return false;
        }
        String host = request.getServerName();
        if (!("localhost".equalsIgnoreCase(host)
                || "127.0.0.1".equals(host)
                || "[::1]".equals(host)
                || "::1".equals(host))) {
            return false;
        }
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Optional<Role> role(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Role.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static ResponseEntity<ProblemDetail> refused() {
        ProblemDetail problem = Problems.of(
                HttpStatus.FORBIDDEN,
                "Forbidden",
                "FORBIDDEN",
                "The development token issuer answers only requests from this machine.");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    private static ResponseEntity<ProblemDetail> bad(String detail) {
        ProblemDetail problem =
                Problems.of(HttpStatus.BAD_REQUEST, "Invalid token request", "INVALID_TOKEN_REQUEST", detail);
        return ResponseEntity.badRequest().body(problem);
    }

    /** The issuer and the decoder that trusts only it. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(DevTokenIssuer.Enabled.class)
    static class DevTokenIssuerConfiguration {

        @Bean
        DevTokenIssuer devTokenIssuer() {
            return new DevTokenIssuer();
        }

        @Bean
        JwtDecoder devJwtDecoder(DevTokenIssuer issuer) {
            return new VerifiedTokens(issuer.decoder());
        }
    }
}
