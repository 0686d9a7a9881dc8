package nl.terugkeer.api.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The development token issuer of the embedded default (ADR 0007): an RSA key made at start-up, its JWKS, and
 * tokens for whoever asks from this machine. On only when asked for explicitly ({@value #ENABLED}, which
 * {@code run.sh} sets in its embedded mode and the Docker image never does) and no external issuer is configured.
 */
public final class DevTokenIssuer {

    /**
     * An {@code http} URL, not a {@code urn:}: Spring turns {@code iss} into a URL on every request, and a
     * {@code urn:} costs three exceptions each time (docs/stack.md, trap 19). It names the issuer; nothing is
     * fetched from it (the decoder holds the key).
     */
    public static final String ISSUER = "http://localhost/dev/tokens";

    static final Duration LIFETIME = Duration.ofHours(8);

    private static final Logger log = LoggerFactory.getLogger(DevTokenIssuer.class);

    private final RSAKey key;
    private final NimbusJwtEncoder encoder;

    DevTokenIssuer() {
        KeyPair pair = generate();
        String keyId = UUID.randomUUID().toString();
        this.key =
                new RSAKey.Builder((RSAPublicKey) pair.getPublic()).keyID(keyId).build();
        this.encoder = NimbusJwtEncoder.withKeyPair((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate())
                .jwkPostProcessor(builder -> builder.keyID(keyId))
                .build();
        log.warn("DEVELOPMENT TOKEN ISSUER IS ON: anyone on this machine can get a token for any role at POST"
                + " /dev/tokens (requests to localhost or 127.0.0.1 from this machine). Configure"
                + " spring.security.oauth2.resourceserver.jwt.issuer-uri or jwk-set-uri"
                + " for any shared or production environment.");
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signed token for this actor. */
    String issue(String subject, Role role, String organisation) {
        return issue(Map.of(
                "sub", subject, Actor.ROLES_CLAIM, List.of(role.name()), Actor.ORGANISATION_CLAIM, organisation));
    }

    /** A signed token with these claims besides issuer, times and id (tests use it for malformed actors). */
    String issue(Map<String, Object> claims) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder builder = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .issuedAt(now)
                .expiresAt(now.plus(LIFETIME))
                .id(UUID.randomUUID().toString());
        claims.forEach(builder::claim);
        JwsHeader header =
                JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        return encoder.encode(JwtEncoderParameters.from(header, builder.build()))
                .getTokenValue();
    }

    Map<String, Object> jwks() {
        return new JWKSet(key.toPublicJWK()).toJSONObject();
    }

    JwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey(key))
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        return decoder;
    }

    private static RSAPublicKey publicKey(RSAKey key) {
        try {
            return key.toRSAPublicKey();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The switch that {@code run.sh}'s embedded mode (and the tests) set; the Docker image never does. */
    public static final String ENABLED = "return.dev-token-issuer.enabled";

    /** True when an external issuer, key set or public key is configured. */
    public static boolean externalIssuer(Environment environment) {
        String prefix = "spring.security.oauth2.resourceserver.jwt.";
        return hasText(environment, prefix + "issuer-uri")
                || hasText(environment, prefix + "jwk-set-uri")
                || hasText(environment, prefix + "public-key-location");
    }

    /** True when asked for explicitly ({@value #ENABLED}) and no external issuer is configured. */
    public static boolean enabled(Environment environment) {
        return environment.getProperty(ENABLED, Boolean.class, false) && !externalIssuer(environment);
    }

    private static boolean hasText(Environment environment, String property) {
        String value = environment.getProperty(property);
        return value != null && !value.isBlank();
    }

    /** The development issuer is on: see {@link #enabled(Environment)}. */
    public static final class Enabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return enabled(context.getEnvironment());
        }
    }

    /** An external issuer is configured. */
    public static final class ExternalIssuer implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return externalIssuer(context.getEnvironment());
        }
    }
}
