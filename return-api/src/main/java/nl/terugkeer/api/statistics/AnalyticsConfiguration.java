package nl.terugkeer.api.statistics;

import java.time.Clock;
import nl.terugkeer.core.entitlement.EntitlementPolicy;
import nl.terugkeer.projections.analytics.AnalyticsKeys;
import nl.terugkeer.projections.analytics.AnalyticsProjection;
import nl.terugkeer.projections.asof.AsOfViews;
import nl.terugkeer.projections.folds.EventHistories;
import nl.terugkeer.projections.folds.LatestStates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The analytics projection, its pseudonymous keys and the analysts' database role (issue 10, ADR 0025). The HMAC
 * secret is the analytics' own ({@code return.analytics.pseudonym-secret}), never the access log's.
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsConfiguration.class);
    static final String DEVELOPMENT_SECRET = "development-only-analytics-secret";

    @Bean
    AnalyticsKeys analyticsKeys(
            @Value("${return.analytics.pseudonym-secret:" + DEVELOPMENT_SECRET + "}") String secret,
            @Value("${return.access-log.pseudonym-secret:}") String accessLogSecret) {
        if (DEVELOPMENT_SECRET.equals(secret)) {
            log.warn("return.analytics.pseudonym-secret is the development default: set"
                    + " RETURN_ANALYTICS_PSEUDONYMSECRET to a secret of its own anywhere but on a developer's machine");
        }
        if (secret.equals(accessLogSecret)) {
            throw new IllegalStateException(
                    "return.analytics.pseudonym-secret must differ from return.access-log.pseudonym-secret");
        }
        return new AnalyticsKeys(secret);
    }

    @Bean
    AnalyticsProjection analyticsProjection(
            JdbcClient jdbc,
            EventHistories histories,
            AsOfViews views,
            EntitlementPolicy policy,
            AnalyticsKeys keys,
            Clock clock) {
        // a fold cache of its own: this processor runs behind or ahead of case-status
        return new AnalyticsProjection(jdbc, LatestStates.ofCases(histories), views, policy, keys, clock);
    }

    @Bean
    StatisticsProperties statisticsProperties(@Value("${return.statistics.suppression-threshold:10}") int threshold) {
        if (threshold < 1) {
            throw new IllegalStateException("return.statistics.suppression-threshold must be at least 1");
        }
        return new StatisticsProperties(threshold);
    }
}
