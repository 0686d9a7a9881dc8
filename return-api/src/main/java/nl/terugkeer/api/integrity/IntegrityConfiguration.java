package nl.terugkeer.api.integrity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The hash-chain verifier and its daily anchor (ADR 0022). Scheduling is on for the application's daily jobs. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class IntegrityConfiguration {

    @Bean
    IntegrityVerifier integrityVerifier(JdbcClient jdbc) {
        return new IntegrityVerifier(jdbc);
    }

    @Bean
    IntegrityAnchorJob integrityAnchorJob(IntegrityVerifier verifier) {
        return new IntegrityAnchorJob(verifier);
    }
}
