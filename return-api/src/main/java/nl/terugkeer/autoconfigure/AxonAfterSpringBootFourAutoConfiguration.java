package nl.terugkeer.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Declares no beans; it only puts Axon 4.13's auto-configuration after Spring Boot 4's. Axon orders itself after
 * Boot 3 class names that Boot 4 moved, and unknown names are ignored silently: Axon then wires a
 * {@code NoTransactionManager} (projection writes and token updates stop being atomic), misses the DataSource,
 * and adds a second meter registry (stack.md trap 1). {@code WiringTest} pins the outcome.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration"
        },
        beforeName = {
            "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
            "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration",
            "org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration"
        })
public class AxonAfterSpringBootFourAutoConfiguration {}
