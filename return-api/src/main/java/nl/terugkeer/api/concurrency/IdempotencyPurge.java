package nl.terugkeer.api.concurrency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes Idempotency-Key records once their 24-hour window has passed (ADR 0014): they hold first answers, which
 * may carry personal data, so they are not kept longer than a retry needs. Every hour by default
 * ({@code return.idempotency.purge-interval}).
 */
@Component
public class IdempotencyPurge {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);

    private final IdempotencyStore store;

    IdempotencyPurge(JdbcClient jdbc) {
        this.store = new IdempotencyStore(jdbc);
    }

    @Scheduled(
            fixedDelayString = "${return.idempotency.purge-interval:PT1H}",
            initialDelayString = "${return.idempotency.purge-initial-delay:PT1M}")
    public int purge() {
        int purged = store.purgeExpired();
        if (purged > 0) {
            log.info("Purged {} idempotency records past their window", purged);
        }
        return purged;
    }
}
