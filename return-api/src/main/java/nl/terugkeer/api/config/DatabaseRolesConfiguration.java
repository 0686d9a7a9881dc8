package nl.terugkeer.api.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Which role the service connects as, apart from the owner that migrates: {@code return.database.app-role} if set;
 * else the embedded cluster's {@value EmbeddedPostgresConfiguration#APP_ROLE}; else {@code spring.datasource.username}
 * when {@code spring.flyway.user} names another role; else none (the service is the owner).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseRolesConfiguration {

    /** The analysts' read-only role on the analytics schema, renewed after every migration (ADR 0025). */
    @Bean
    AnalystRole analystRole() {
        return new AnalystRole();
    }

    @Bean
    DatabaseRoles databaseRoles(Environment environment, ObjectProvider<EmbeddedPostgres> embedded) {
        String configured = environment.getProperty("return.database.app-role");
        if (configured != null && !configured.isBlank()) {
            return new DatabaseRoles(configured);
        }
        if (embedded.getIfAvailable() != null) {
            return new DatabaseRoles(EmbeddedPostgresConfiguration.APP_ROLE);
        }
        String app = environment.getProperty("spring.datasource.username");
        String owner = environment.getProperty("spring.flyway.user");
        return new DatabaseRoles(owner != null && app != null && !Objects.equals(owner, app) ? app : null);
    }
}
