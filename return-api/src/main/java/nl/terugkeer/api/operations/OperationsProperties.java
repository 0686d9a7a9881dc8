package nl.terugkeer.api.operations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for running under faults and on several instances (issue 14, ADR 0026).
 *
 * @param projectionLagThreshold readiness is DOWN when a segment of this instance is this many events behind the
 *     store's head (replays excepted)
 * @param heartbeatInterval how often this instance tells the others that it lives
 * @param heartbeatTimeout after how long without a beat an instance no longer counts for the segment share
 */
@ConfigurationProperties("return.operations")
public record OperationsProperties(
        @DefaultValue("10000") long projectionLagThreshold,
        @DefaultValue("2s") Duration heartbeatInterval,
        @DefaultValue("10s") Duration heartbeatTimeout) {}
