package nl.terugkeer.api.security;

import java.io.IOException;
import java.io.InputStream;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * The decoder for tokens of a real identity provider such as Keycloak (issue 9, ADR 0007, docker-compose.yml): keys
 * from {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} (or discovered from {@code issuer-uri} on first
 * use, or a PEM at {@code public-key-location}), {@code iss} checked against {@code issuer-uri}, {@code aud} against
 * {@code audiences}. Where the provider puts the role and the organisation is configurable: the claims at
 * {@code return.security.roles-claim} and {@code return.security.organisation-claim} (dotted paths, e.g. Keycloak's
 * {@code realm_access.roles}) become the {@code roles} and {@code organisation} claims that {@link Actor} reads.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DevTokenIssuer.ExternalIssuer.class)
class ExternalIssuerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ExternalIssuerConfiguration.class);
    private static final String PREFIX = "spring.security.oauth2.resourceserver.jwt.";

    @Bean
    JwtDecoder externalIssuerDecoder(Environment environment) throws IOException {
        String issuer = environment.getProperty(PREFIX + "issuer-uri");
        String jwkSet = environment.getProperty(PREFIX + "jwk-set-uri");
        String publicKey = environment.getProperty(PREFIX + "public-key-location");
        if (jwkSet != null) {
            return new VerifiedTokens(
                    configured(NimbusJwtDecoder.withJwkSetUri(jwkSet).build(), environment));
        }
        if (publicKey != null) {
            return new VerifiedTokens(configured(
                    NimbusJwtDecoder.withPublicKey(readKey(publicKey)).build(), environment));
        }
        // discovery on first use, so that the service starts while the issuer is still starting
        return new VerifiedTokens(new SupplierJwtDecoder(
                () -> configured(NimbusJwtDecoder.withIssuerLocation(issuer).build(), environment)));
    }

    private static NimbusJwtDecoder configured(NimbusJwtDecoder decoder, Environment environment) {
        String issuer = environment.getProperty(PREFIX + "issuer-uri");
        List<String> audiences = Binder.get(environment)
                .bind(PREFIX + "audiences", Bindable.listOf(String.class))
                .orElse(List.of());
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator());
        if (issuer != null) {
            validators.add(new JwtIssuerValidator(issuer));
        }
        if (!audiences.isEmpty()) {
            validators.add(new JwtClaimValidator<List<String>>(
                    JwtClaimNames.AUD, aud -> aud != null && aud.stream().anyMatch(audiences::contains)));
        } else {
            log.warn(
                    "No audience configured ({}audiences): tokens the issuer made for other services are accepted",
                    PREFIX);
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        decoder.setClaimSetConverter(claimPaths(
                environment.getProperty("return.security.roles-claim", Actor.ROLES_CLAIM),
                environment.getProperty("return.security.organisation-claim", Actor.ORGANISATION_CLAIM)));
        return decoder;
    }

    /** Moves the claims at the configured paths to the names {@link Actor} reads; Spring's defaults otherwise. */
    static Converter<Map<String, Object>, Map<String, Object>> claimPaths(String rolesPath, String organisationPath) {
        MappedJwtClaimSetConverter defaults = MappedJwtClaimSetConverter.withDefaults(Map.of());
        return claims -> {
            Map<String, Object> converted = new HashMap<>(defaults.convert(claims));
            move(claims, converted, rolesPath, Actor.ROLES_CLAIM);
            move(claims, converted, organisationPath, Actor.ORGANISATION_CLAIM);
            return converted;
        };
    }

    private static void move(Map<String, Object> source, Map<String, Object> target, String path, String name) {
        if (path.equals(name)) {
            return;
        }
        Object value = at(source, path);
        if (value == null) {
            target.remove(name);
        } else {
            target.put(name, value);
        }
    }

    /** The value at a dotted path through nested JSON objects, or null. */
    static Object at(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String step : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(step);
        }
        return current;
    }

    private static RSAPublicKey readKey(String location) throws IOException {
        try (InputStream in = new DefaultResourceLoader().getResource(location).getInputStream()) {
            return RsaKeyConverters.x509().convert(in);
        }
    }
}
