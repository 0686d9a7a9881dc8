package nl.terugkeer.api.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.terugkeer.api.Http;
import nl.terugkeer.api.ReturnApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures the webhook delivery rate to a local receiver: {@value #EVENTS} queued events over {@value #SUBJECTS}
 * subjects, delivered by one instance's dispatcher; prints events per second. A measurement, not a speed bar: it
 * only asserts that everything arrives.
 */
@ReturnApiTest
class WebhookDeliveryRateTest {

    static final int EVENTS = 3000;
    static final int SUBJECTS = 300;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FeedStore feed;

    @Autowired
    WebhookDispatcher dispatcher;

    @Test
    void givenThousandsOfQueuedEvents_whenTheDispatcherRuns_thenAllArriveAndTheRateIsPrinted() throws Exception {
        try (Receiver receiver = new Receiver(0)) {
            Http.Response created = Http.asDtenv(port).post("/v1/subscriptions", """
                    {"callbackUrl":"%s","types":["nl.terugkeer.zaak.fase-gewijzigd"]}""".formatted(receiver.url()));
            assertThat(created.status()).isEqualTo(201);
            String subscription = created.json().get("id").asString();
            UUID[] subjects = new UUID[SUBJECTS];
            for (int i = 0; i < SUBJECTS; i++) {
                subjects[i] = UUID.randomUUID();
            }
            dispatcher.stop();
            try {
                for (int i = 0; i < EVENTS; i++) {
                    UUID subject = subjects[i % SUBJECTS];
                    feed.append(
                            UUID.randomUUID(),
                            FeedType.ZAAK_FASE_GEWIJZIGD,
                            subject,
                            null,
                            Instant.now(),
                            "bench",
                            "/v1/cases/" + subject,
                            Map.of("caseId", subject, "phase", "IN_PROGRESS"));
                }
            } finally {
                dispatcher.start();
            }
            long start = System.nanoTime();
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> delivered(subscription) == EVENTS);
            double seconds = (System.nanoTime() - start) / 1e9;
            long repeats = receiver.ids().size() - EVENTS;
            System.out.printf(
                    "WEBHOOK DELIVERY RATE: %d events over %d subjects in %.2f s = %.0f events/s (%d repeated)%n",
                    EVENTS, SUBJECTS, seconds, EVENTS / seconds, repeats);
            assertThat(receiver.ids().stream().distinct()).hasSize(EVENTS);
            Http.asDtenv(port).send("DELETE", "/v1/subscriptions/" + subscription);
            // the bench's rows are not real changes: take them out of the feed again
            jdbc.sql("DELETE FROM feed.delivery WHERE position IN"
                            + " (SELECT position FROM feed.integration_event WHERE correlation_id = 'bench')")
                    .update();
            jdbc.sql("DELETE FROM feed.integration_event WHERE correlation_id = 'bench'")
                    .update();
        }
    }

    private long delivered(String subscription) {
        return jdbc.sql("SELECT count(*) FROM feed.delivery WHERE subscription_id = CAST(:id AS uuid)"
                        + " AND state = 'DELIVERED'")
                .param("id", subscription)
                .query(Long.class)
                .single();
    }
}
