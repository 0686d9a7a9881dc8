package nl.terugkeer.api.feed;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The downstream feed (ADR 24).
 *
 * @param source the CloudEvents {@code source}: a URN of this service; set the producer's OIN in production
 * @param webhooks how subscriptions are delivered
 */
@ConfigurationProperties("return.feed")
public record FeedProperties(
        @DefaultValue("urn:nld:oin:00000000000000000000:systeem:terugkeerproces")
        String source,

        @DefaultValue Webhooks webhooks) {

    /**
     * @param enabled whether this instance delivers (every instance may; rows are claimed)
     * @param pollInterval how often an idle dispatcher looks for due deliveries
     * @param initialBackoff the wait after the first failed attempt; doubled after each further failure
     * @param maxBackoff the longest wait between attempts
     * @param maxAttempts attempts before a delivery is dead-lettered (with the defaults: about 24 hours)
     * @param lease how long a claimed delivery stays claimed by one instance (then another may retry it)
     * @param timeout connect and response timeout of one callback
     * @param batchSize deliveries claimed at once
     */
    public record Webhooks(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("500ms") Duration pollInterval,
            @DefaultValue("2s") Duration initialBackoff,
            @DefaultValue("5m") Duration maxBackoff,
            @DefaultValue("300") int maxAttempts,
            @DefaultValue("60s") Duration lease,
            @DefaultValue("10s") Duration timeout,
            @DefaultValue("100") int batchSize) {}
}
