package nl.terugkeer.api.feed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Delivers queued webhook deliveries (ADR 24), at least once and in order per subject: an instance claims due
 * deliveries whose subject has no earlier open delivery for the same subscription ({@code FOR UPDATE SKIP LOCKED},
 * then a lease), posts each event as a structured CloudEvent signed with HMAC-SHA256 of the body, and records the
 * outcome. A failure waits with exponential backoff up to a maximum; after the last attempt the delivery is dead
 * and it, and the later events of its subject, wait for an operator's replay. A claim whose instance died expires
 * after the lease and is retried elsewhere, with the same event id.
 */
public class WebhookDispatcher implements SmartLifecycle {

    public static final String SIGNATURE_HEADER = "Webhook-Signature";
    public static final String ID_HEADER = "Webhook-Id";

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final JdbcClient jdbc;
    private final FeedStore feed;
    private final FeedProperties.Webhooks config;
    private final String node = "node-" + UUID.randomUUID();
    private final HttpClient http;
    private final Counter delivered;
    private final Counter failed;
    private final Counter dead;
    private final Timer duration;
    private volatile boolean running;
    private volatile Thread loop;
    private ExecutorService workers;

    public WebhookDispatcher(JdbcClient jdbc, FeedStore feed, FeedProperties.Webhooks config, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.feed = feed;
        this.config = config;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.delivered = outcome(meters, "delivered");
        this.failed = outcome(meters, "failed");
        this.dead = outcome(meters, "dead");
        this.duration = Timer.builder("feed.webhook.delivery.duration")
                .description("Time of one webhook callback, answered or not")
                .register(meters);
        for (String state : List.of("PENDING", "DEAD")) {
            Gauge.builder("feed.webhook.deliveries.waiting", this, d -> d.count(state))
                    .description("Webhook deliveries not yet delivered, by state")
                    .tag("state", state.toLowerCase(java.util.Locale.ROOT))
                    .register(meters);
        }
    }

    private static Counter outcome(MeterRegistry meters, String outcome) {
        return Counter.builder("feed.webhook.deliveries")
                .description("Webhook delivery attempts by outcome (no subscriber or person in the labels)")
                .tag("outcome", outcome)
                .register(meters);
    }

    private double count(String state) {
        try {
            return jdbc.sql("SELECT count(*) FROM feed.delivery WHERE state = :state")
                    .param("state", state)
                    .query(Long.class)
                    .single();
        } catch (RuntimeException unavailable) {
            return Double.NaN;
        }
    }

    @Override
    public synchronized void start() {
        if (running || !config.enabled()) {
            return;
        }
        running = true;
        workers = Executors.newVirtualThreadPerTaskExecutor();
        loop = Thread.ofVirtual().name("webhook-dispatcher").start(this::run);
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread current = loop;
        if (current != null) {
            current.interrupt();
            try {
                current.join(Duration.ofSeconds(5));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (workers != null) {
            workers.shutdownNow();
        }
        loop = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server and the database pool do. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }

    private void run() {
        while (running) {
            try {
                if (deliverDue() == 0) {
                    Thread.sleep(config.pollInterval());
                }
            } catch (InterruptedException interrupted) {
                return;
            } catch (RuntimeException failure) {
                if (!running) {
                    return;
                }
                log.warn("Webhook dispatch round failed: {}", failure.getClass().getSimpleName());
                try {
                    Thread.sleep(config.pollInterval());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    record Claim(
            UUID subscriptionId,
            long position,
            int attempts,
            String callbackUrl,
            String secret,
            FeedStore.Stored event) {}

    /** Claims and delivers one batch of due deliveries; returns how many were claimed. */
    int deliverDue() throws InterruptedException {
        List<Claim> claims = claim();
        if (claims.isEmpty()) {
            return 0;
        }
        List<Callable<Integer>> tasks = claims.stream()
                .map(claim -> (Callable<Integer>) () -> deliver(claim))
                .toList();
        List<Claim> succeeded = new java.util.ArrayList<>();
        List<Integer> statuses = new java.util.ArrayList<>();
        List<java.util.concurrent.Future<Integer>> outcomes = workers.invokeAll(tasks);
        for (int i = 0; i < claims.size(); i++) {
            try {
                Integer status = outcomes.get(i).get();
                if (status != null) {
                    succeeded.add(claims.get(i));
                    statuses.add(status);
                }
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException failed) {
                // not recorded: the lease expires and the delivery is retried
            }
        }
        markDelivered(succeeded, statuses);
        return claims.size();
    }

    List<Claim> claim() {
        return jdbc.sql("""
                        UPDATE feed.delivery d
                        SET claimed_until = now() + make_interval(secs => :lease), claimed_by = :node,
                            attempts = d.attempts + 1
                        FROM feed.subscription s, feed.integration_event e
                        WHERE s.id = d.subscription_id AND e.position = d.position
                          AND (d.subscription_id, d.position) IN (
                            SELECT c.subscription_id, c.position FROM feed.delivery c
                            WHERE c.state = 'PENDING' AND c.next_attempt_at <= now()
                              AND (c.claimed_until IS NULL OR c.claimed_until < now())
                              AND NOT EXISTS (
                                  SELECT 1 FROM feed.delivery p
                                  WHERE p.subscription_id = c.subscription_id AND p.subject = c.subject
                                    AND p.position < c.position AND p.state <> 'DELIVERED')
                            ORDER BY c.position
                            LIMIT :batch
                            FOR UPDATE OF c SKIP LOCKED)
                        RETURNING d.subscription_id, d.attempts, s.callback_url, s.secret, e.*
                        """)
                .param("lease", (double) config.lease().toMillis() / 1000.0)
                .param("node", node)
                .param("batch", config.batchSize())
                .query((rs, row) -> new Claim(
                        rs.getObject("subscription_id", UUID.class),
                        rs.getLong("position"),
                        rs.getInt("attempts"),
                        rs.getString("callback_url"),
                        rs.getString("secret"),
                        FeedStore.map(rs)))
                .list();
    }

    /** Posts one claimed event; returns the 2xx status when delivered, null otherwise (the failure is recorded). */
    private Integer deliver(Claim claim) {
        CloudEvent event = feed.envelope(claim.event());
        byte[] body = FeedStore.JSON.writeValueAsBytes(event);
        Integer status = null;
        String error;
        long start = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(claim.callbackUrl()))
                    .timeout(config.timeout())
                    .header("Content-Type", CloudEvent.MEDIA_TYPE + "; charset=UTF-8")
                    .header(ID_HEADER, event.id())
                    .header(SIGNATURE_HEADER, "sha256=" + sign(claim.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            error = status >= 200 && status < 300 ? null : "HTTP " + status;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null; // shutting down: the lease expires and the delivery is retried (same id)
        } catch (Exception unreachable) {
            error = unreachable.getClass().getSimpleName();
        } finally {
            duration.record(Duration.ofNanos(System.nanoTime() - start));
        }
        if (error == null) {
            delivered.increment();
            return status;
        }
        boolean last = claim.attempts() >= config.maxAttempts();
        (last ? dead : failed).increment();
        jdbc.sql("""
                        UPDATE feed.delivery SET state = :state, next_attempt_at = now() + make_interval(secs => :wait),
                            last_status = :status, last_error = :error, claimed_until = NULL
                        WHERE subscription_id = :subscription AND position = :position AND state = 'PENDING'
                        """)
                .param("state", last ? "DEAD" : "PENDING")
                .param("wait", (double) backoff(claim.attempts()).toMillis() / 1000.0)
                .param("status", status)
                .param("error", error)
                .param("subscription", claim.subscriptionId())
                .param("position", claim.position())
                .update();
        return null;
    }

    /** Records the delivered ones of a batch in one statement. */
    private void markDelivered(List<Claim> claims, List<Integer> statuses) {
        if (claims.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE feed.delivery d SET state = 'DELIVERED', delivered_at = now(), last_status = b.status,
                            last_error = NULL, claimed_until = NULL
                        FROM unnest(CAST(:subscriptions AS uuid[]), CAST(:positions AS bigint[]),
                                    CAST(:statuses AS int[])) AS b (subscription_id, position, status)
                        WHERE d.subscription_id = b.subscription_id AND d.position = b.position
                        """)
                .param(
                        "subscriptions",
                        "{"
                                + String.join(
                                        ",",
                                        claims.stream()
                                                .map(c -> c.subscriptionId().toString())
                                                .toList()) + "}")
                .param(
                        "positions",
                        "{"
                                + String.join(
                                        ",",
                                        claims.stream()
                                                .map(c -> String.valueOf(c.position()))
                                                .toList()) + "}")
                .param(
                        "statuses",
                        "{"
                                + String.join(
                                        ",",
                                        statuses.stream().map(String::valueOf).toList()) + "}")
                .update();
    }

    /** initialBackoff * 2^(attempts-1), at most maxBackoff. */
    Duration backoff(int attempts) {
        Duration wait = config.initialBackoff();
        for (int i = 1; i < attempts && wait.compareTo(config.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
