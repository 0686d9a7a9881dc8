package nl.terugkeer.api.accesslog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pseudonymSecret the HMAC secret for person pseudonyms (at least 16 characters); keep it stable, or
 *     earlier entries can no longer be found by person
 */
@ConfigurationProperties("return.access-log")
public record AccessLogProperties(
        @DefaultValue(AccessLogProperties.DEVELOPMENT_SECRET)
        String pseudonymSecret) {

    static final String DEVELOPMENT_SECRET = "development-only-pseudonym-secret";
}
