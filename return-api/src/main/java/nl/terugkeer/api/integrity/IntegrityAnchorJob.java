package nl.terugkeer.api.integrity;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Writes the heads of the hash chains to the log once a day (INFO, logger {@code nl.terugkeer.integrity.anchor}), so
 * that a log shipper or an operator can keep a copy outside the database. The line carries positions and digests
 * only, never personal data. With that copy, {@code GET /v1/admin/integrity?eventsUpTo=..&eventsDigest=..} (or the
 * command line) shows whether history before the anchor was rewritten, even with recomputed chains.
 */
public class IntegrityAnchorJob {

    private static final Logger log = LoggerFactory.getLogger("nl.terugkeer.integrity.anchor");

    private final IntegrityVerifier verifier;

    IntegrityAnchorJob(IntegrityVerifier verifier) {
        this.verifier = verifier;
    }

    @Scheduled(cron = "${return.integrity.anchor-cron:0 5 0 * * *}", zone = "UTC")
    public void logAnchor() {
        try {
            IntegrityVerifier.Anchor anchor = verifier.anchor(Instant.now());
            log.info("integrity anchor: {}", anchor);
        } catch (RuntimeException e) {
            log.error("integrity anchor could not be computed: {}", e.getClass().getSimpleName());
        }
    }
}
