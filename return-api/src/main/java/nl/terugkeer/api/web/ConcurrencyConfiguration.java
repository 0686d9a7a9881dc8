package nl.terugkeer.api.web;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.EventBus;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** ETags, If-Match and Idempotency-Key (ADR 0014). */
@Configuration(proxyBeanMethods = false)
public class ConcurrencyConfiguration {

    @Bean
    AggregateVersions aggregateVersions(JdbcClient jdbc) {
        return new AggregateVersions(jdbc);
    }

    @Bean
    IfMatchGuard ifMatchGuard(AggregateVersions versions, CommandBus commandBus) {
        return new IfMatchGuard(versions, commandBus);
    }

    @Bean
    AppendedVersions appendedVersions(EventBus eventBus) {
        return new AppendedVersions(eventBus);
    }

    @Bean
    IdempotencyFilter idempotencyFilter(JdbcClient jdbc) {
        return new IdempotencyFilter(new IdempotencyStore(jdbc), WebConfiguration.MAX_BODY_BYTES);
    }

    /** Runs inside Spring Security's chain (see SecurityConfiguration), not as a servlet filter of its own. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilterNotAsServletFilter(IdempotencyFilter filter) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
