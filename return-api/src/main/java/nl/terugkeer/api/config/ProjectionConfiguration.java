package nl.terugkeer.api.config;

import nl.terugkeer.projections.casestatus.CaseStatusProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The read models of return-projections, registered as beans so that Axon finds their handlers. */
@Configuration(proxyBeanMethods = false)
public class ProjectionConfiguration {

    @Bean
    CaseStatusProjection caseStatusProjection(JdbcClient jdbc) {
        return new CaseStatusProjection(jdbc);
    }
}
