package nl.terugkeer.api.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which browser origins (frontends) may call the API: {@code return.cors.allowed-origins}, e.g.
 * {@code RETURN_CORS_ALLOWEDORIGINS=https://frontend.example.org}. None by default.
 */
@ConfigurationProperties("return.cors")
public record CorsProperties(
        List<String> allowedOrigins, @DefaultValue("PT1H") Duration maxAge) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
