package nl.terugkeer.cli;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.terugkeer.api.config.EmbeddedPostgresConfiguration;
import nl.terugkeer.api.integrity.IntegrityVerifier;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar return-api.jar --verify-integrity [--anchor=EVENTS_UP_TO:EVENTS_DIGEST:ACCESS_LOG_UP_TO:DIGEST]}:
 * verifies the hash chains (ADR 0022) without starting the service: only a connection to the same database (the
 * embedded one, or {@code SPRING_DATASOURCE_URL}), no migrations, no event processors, no web server. Prints the
 * report as JSON with the current anchor and exits 0 when intact, 2 when not, 1 when it could not check. Outside the
 * application's component scan on purpose.
 */
@Configuration(proxyBeanMethods = false)
@Import(EmbeddedPostgresConfiguration.class)
@ImportAutoConfiguration({
    DataSourceAutoConfiguration.class,
    JdbcTemplateAutoConfiguration.class,
    JdbcClientAutoConfiguration.class
})
public class IntegrityCommandLine {

    public static final String OPTION = "--verify-integrity";

    public static boolean requested(String[] args) {
        return Arrays.asList(args).contains(OPTION);
    }

    public static int run(String[] args) {
        Optional<IntegrityVerifier.Anchor> anchor;
        try {
            anchor = anchor(args);
        } catch (IllegalArgumentException bad) {
            System.err.println(bad.getMessage());
            return 1;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IntegrityCommandLine.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN", "spring.flyway.enabled=false")
                .run(args)) {
            IntegrityVerifier verifier = new IntegrityVerifier(context.getBean(JdbcClient.class));
            IntegrityVerifier.Report report = verifier.verify();
            Map<String, Object> out = new LinkedHashMap<>();
            Boolean anchorMatches = anchor.map(verifier::matches).orElse(null);
            out.put("intact", report.intact() && (anchorMatches == null || anchorMatches));
            out.put("report", report);
            anchor.ifPresent(given -> out.put("anchorMatches", anchorMatches));
            out.put("anchorNow", verifier.anchor(Instant.now()));
            System.out.println(JsonMapper.builder()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .build()
                    .writeValueAsString(out));
            return (Boolean) out.get("intact") ? 0 : 2;
        } catch (RuntimeException failed) {
            System.err.println("integrity could not be verified: " + failed);
            return 1;
        }
    }

    static Optional<IntegrityVerifier.Anchor> anchor(String[] args) {
        return Arrays.stream(args)
                .filter(arg -> arg.startsWith("--anchor="))
                .findFirst()
                .map(arg -> {
                    String[] parts = arg.substring("--anchor=".length()).split(":");
                    if (parts.length != 4
                            || !parts[0].matches("\\d{1,18}")
                            || !parts[1].matches("[0-9a-f]{64}")
                            || !parts[2].matches("\\d{1,18}")
                            || !parts[3].matches("[0-9a-f]{64}")) {
                        throw new IllegalArgumentException(
                                "--anchor=EVENTS_UP_TO:EVENTS_DIGEST:ACCESS_LOG_UP_TO:ACCESS_LOG_DIGEST expected");
                    }
                    return new IntegrityVerifier.Anchor(
                            Long.parseLong(parts[0]), parts[1], Long.parseLong(parts[2]), parts[3]);
                });
    }
}
