package nl.terugkeer.api.operations;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Behaviour while the database is gone (issue 14, ADR 0026). */
@Configuration(proxyBeanMethods = false)
public class OutageConfiguration {

    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter() {
        FilterRegistrationBean<DatabaseOutageFilter> registration =
                new FilterRegistrationBean<>(new DatabaseOutageFilter());
        // inside ResponseHeaders (HIGHEST_PRECEDENCE), outside Spring Security and everything it runs
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    CommittedIdempotencyKeys committedIdempotencyKeys(JdbcClient jdbc) {
        return new CommittedIdempotencyKeys(jdbc);
    }
}
