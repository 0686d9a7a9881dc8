package nl.terugkeer.api.feed;

import io.micrometer.core.instrument.MeterRegistry;
import nl.terugkeer.core.entitlement.EntitlementPolicy;
import nl.terugkeer.projections.asof.AsOfViews;
import nl.terugkeer.projections.folds.EventHistories;
import nl.terugkeer.projections.folds.LatestStates;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The downstream feed (ADR 24): its processor, its store, the subscriptions and the webhook dispatcher. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedProperties.class)
class FeedConfiguration {

    @Bean
    FeedStore feedStore(JdbcClient jdbc, FeedProperties properties) {
        return new FeedStore(jdbc, properties.source());
    }

    @Bean
    Subscriptions subscriptions(JdbcClient jdbc) {
        return new Subscriptions(jdbc);
    }

    /** Its own fold cache, so that its replays and the case-status projection's never disturb each other. */
    @Bean
    IntegrationFeedProjection integrationFeedProjection(
            JdbcClient jdbc, FeedStore feed, EventHistories histories, AsOfViews views, EntitlementPolicy policy) {
        return new IntegrationFeedProjection(jdbc, feed, LatestStates.ofCases(histories), views, policy);
    }

    @Bean
    WebhookDispatcher webhookDispatcher(
            JdbcClient jdbc, FeedStore feed, FeedProperties properties, MeterRegistry meters) {
        return new WebhookDispatcher(jdbc, feed, properties.webhooks(), meters);
    }
}
