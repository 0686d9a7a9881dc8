package nl.terugkeer.api.concurrency;

import nl.terugkeer.api.http.WebConfiguration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** ETags, If-Match and Idempotency-Key (ADR 0014). Where each runs is declared in config.RequestPipeline. */
@Configuration(proxyBeanMethods = false)
public class ConcurrencyConfiguration {

    @Bean
    AggregateVersions aggregateVersions(JdbcClient jdbc) {
        return new AggregateVersions(jdbc);
    }

    @Bean
    IfMatchGuard ifMatchGuard(AggregateVersions versions) {
        return new IfMatchGuard(versions);
    }

    @Bean
    VersionedCommands versionedCommands(CommandGateway gateway) {
        return new VersionedCommands(gateway);
    }

    @Bean
    CommandAnswers commandAnswers(QueryGateway queries, JsonMapper json) {
        return new CommandAnswers(queries, json);
    }

    @Bean
    IdempotencyFilter idempotencyFilter(JdbcClient jdbc) {
        return new IdempotencyFilter(new IdempotencyStore(jdbc), WebConfiguration.MAX_BODY_BYTES);
    }

    /** Runs inside Spring Security's chain (see config.RequestPipeline), not as a servlet filter of its own. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilterNotAsServletFilter(IdempotencyFilter filter) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
