package nl.terugkeer.api.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.terugkeer.api.Http;
import nl.terugkeer.api.ReturnApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Webhook subscriptions against a real local HTTP receiver: retries, order, signatures, dead letters, restarts. */
@ReturnApiTest
class WebhookDeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    /** The actuator's own port (issue 9: metrics are served apart from the API). */
    @LocalManagementPort
    int managementPort;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebhookDispatcher dispatcher;

    @Autowired
    FeedStore feed;

    @Autowired
    FeedProperties properties;

    record Subscribed(String id, String secret) {}

    private Subscribed subscribe(Http as, String url, String types) {
        Http.Response created =
                as.post("/v1/subscriptions", """
                {"callbackUrl":"%s"%s}""".formatted(url, types == null ? "" : ",\"types\":" + types));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith(created.json().get("id").asString());
        return new Subscribed(
                created.json().get("id").asString(),
                created.json().get("secret").asString());
    }

    private static List<JsonNode> about(Receiver receiver, String subject) {
        return receiver.accepted.stream()
                .map(Receiver.Received::json)
                .filter(e -> e.get("subject").asString().equals(subject))
                .toList();
    }

    private static List<String> phases(List<JsonNode> events) {
        return events.stream()
                .map(e -> e.get("type").asString().endsWith("gesloten")
                        ? "gesloten"
                        : e.get("data").get("phase").asString())
                .toList();
    }

    @Test
    void givenAReceiverThatFailsTheFirstThree_whenACaseChanges_thenEveryChangeArrivesSignedInOrderAndValid()
            throws Exception {
        FeedFixtures f = new FeedFixtures(port);
        try (Receiver receiver = new Receiver(3)) {
            Subscribed subscription = subscribe(Http.asDtenv(port), receiver.url(), null);
            String caseId = f.caseIn("GM0363", f.person());
            f.assignManager(caseId);
            f.close(caseId);

            await().atMost(PATIENCE).until(() -> about(receiver, caseId).size() == 4);
            assertThat(receiver.refused.get()).isGreaterThanOrEqualTo(3);
            assertThat(phases(about(receiver, caseId)))
                    .containsExactly("SIGNALLED", "IN_PROGRESS", "CLOSED", "gesloten");
            for (Receiver.Received received : receiver.accepted) {
                assertThat(received.signature())
                        .isEqualTo("sha256="
                                + WebhookDispatcher.sign(
                                        subscription.secret(), received.body().getBytes(StandardCharsets.UTF_8)));
                assertThat(received.signature())
                        .isNotEqualTo("sha256="
                                + WebhookDispatcher.sign(
                                        "another secret", received.body().getBytes(StandardCharsets.UTF_8)));
                assertThat(received.id()).isEqualTo(received.json().get("id").asString());
                assertThat(received.contentType()).startsWith("application/cloudevents+json");
                f.assertValid(received.json());
            }
            String metrics =
                    Http.anonymous(managementPort).get("/actuator/prometheus").body();
            assertThat(metrics)
                    .containsPattern("feed_webhook_deliveries_total\\{[^}]*outcome=\"delivered\"")
                    .containsPattern("feed_webhook_deliveries_total\\{[^}]*outcome=\"failed\"")
                    .contains("feed_webhook_delivery_duration_seconds_count")
                    .containsPattern("feed_webhook_deliveries_waiting\\{[^}]*state=\"dead\"")
                    .doesNotContain(caseId)
                    .doesNotContain(subscription.id())
                    .doesNotContain(receiver.url());
            assertThat(Http.asDtenv(port)
                            .send("DELETE", "/v1/subscriptions/" + subscription.id())
                            .status())
                    .isEqualTo(204);
        }
    }

    @Test
    void givenSeveralCasesAndARetryingReceiver_whenTheyChange_thenEachCasesEventsArriveInTheirOrder() throws Exception {
        FeedFixtures f = new FeedFixtures(port);
        try (Receiver receiver = new Receiver(7)) {
            Subscribed subscription =
                    subscribe(Http.asDtenv(port), receiver.url(), "[\"nl.terugkeer.zaak.fase-gewijzigd\"]");
            List<String> cases = List.of(
                    f.caseIn("GM0363", f.person()), f.caseIn("GM0599", f.person()), f.caseIn("GM0363", f.person()));
            cases.forEach(f::assignManager);
            cases.forEach(f::close);

            await().atMost(PATIENCE)
                    .until(() -> cases.stream().allMatch(c -> about(receiver, c).size() >= 3));
            for (String caseId : cases) {
                assertThat(phases(about(receiver, caseId))).containsExactly("SIGNALLED", "IN_PROGRESS", "CLOSED");
                assertThat(about(receiver, caseId).stream()
                                .map(e -> e.get("sequence").asString())
                                .toList())
                        .isSorted();
            }
            Http.asDtenv(port).send("DELETE", "/v1/subscriptions/" + subscription.id());
        }
    }

    @Test
    void givenAReceiverThatStaysDown_whenAttemptsRunOut_thenDeadVisibleLaterEventsWaitAndAdminReplaysInOrder()
            throws Exception {
        FeedFixtures f = new FeedFixtures(port);
        try (Receiver receiver = new Receiver(0)) {
            receiver.down = true;
            Http dtenv = Http.asDtenv(port);
            Http admin = Http.as(port, "ADMIN");
            Subscribed subscription = subscribe(dtenv, receiver.url(), "[\"nl.terugkeer.zaak.fase-gewijzigd\"]");
            String caseId = f.caseIn("GM0363", f.person());
            await().atMost(PATIENCE)
                    .until(() -> deliveries(admin, subscription, "DEAD").contains(caseId));
            f.assignManager(caseId);
            await().atMost(PATIENCE)
                    .until(() -> deliveries(admin, subscription, "PENDING").contains(caseId));

            JsonNode seen = dtenv.get("/v1/subscriptions/" + subscription.id()).json();
            assertThat(seen.get("deliveries").get("DEAD").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(seen.get("deliveries").get("PENDING").asLong()).isGreaterThanOrEqualTo(1);
            JsonNode dead = admin.get("/v1/subscriptions/" + subscription.id() + "/deliveries?state=DEAD")
                    .json()
                    .get("entries")
                    .get(0);
            assertThat(dead.get("attempts").asInt()).isEqualTo(6);
            assertThat(dead.get("lastStatus").asInt()).isEqualTo(500);
            assertThat(receiver.accepted).isEmpty();
            Http.Response notAdmin = dtenv.post("/v1/subscriptions/" + subscription.id() + "/replays", "");
            assertThat(notAdmin.status()).isEqualTo(403);

            receiver.down = false;
            Http.Response replay = admin.post("/v1/subscriptions/" + subscription.id() + "/replays", "");
            assertThat(replay.status()).as(replay.body()).isEqualTo(202);
            assertThat(replay.json().get("replayed").asInt()).isGreaterThanOrEqualTo(1);

            await().atMost(PATIENCE).until(() -> about(receiver, caseId).size() == 2);
            assertThat(phases(about(receiver, caseId))).containsExactly("SIGNALLED", "IN_PROGRESS");
            dtenv.send("DELETE", "/v1/subscriptions/" + subscription.id());
        }
    }

    @Test
    void givenDeliveriesInFlight_whenTheDispatcherStopsAndStartsAgain_thenNothingIsLostAndRepeatsCarryTheSameIds()
            throws Exception {
        FeedFixtures f = new FeedFixtures(port);
        try (Receiver receiver = new Receiver(0)) {
            receiver.delayMillis = 300;
            Subscribed subscription =
                    subscribe(Http.asDtenv(port), receiver.url(), "[\"nl.terugkeer.zaak.fase-gewijzigd\"]");
            List<String> cases = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                cases.add(f.caseIn("GM0363", f.person()));
            }
            cases.forEach(f::assignManager);
            await().atMost(PATIENCE).until(() -> receiver.requests.get() >= 2);

            dispatcher.stop(); // as if the instance went down mid-delivery: claims stay until their lease expires
            dispatcher.start();

            await().atMost(PATIENCE)
                    .until(() -> expectedIds(subscription, cases).size() == 10);
            Set<String> expected = expectedIds(subscription, cases);
            await().atMost(PATIENCE).until(() -> new HashSet<>(receiver.ids()).containsAll(expected));
            List<String> received = receiver.accepted.stream()
                    .filter(r -> cases.contains(r.json().get("subject").asString()))
                    .map(Receiver.Received::id)
                    .toList();
            assertThat(new HashSet<>(received)).isEqualTo(expected); // repeats, if any, only with known ids
            await().atMost(PATIENCE)
                    .until(() -> jdbc.sql("SELECT count(*) FROM feed.delivery WHERE subscription_id = CAST(:id AS uuid)"
                                            + " AND state <> 'DELIVERED' AND subject::text IN (:cases)")
                                    .param("id", subscription.id())
                                    .param("cases", cases)
                                    .query(Long.class)
                                    .single()
                            == 0);
            Http.asDtenv(port).send("DELETE", "/v1/subscriptions/" + subscription.id());
        }
    }

    @Test
    void givenTwoInstancesDispatching_whenManyEventsAreQueued_thenEachArrivesExactlyOnceAndInOrderPerSubject()
            throws Exception {
        WebhookDispatcher second = new WebhookDispatcher(jdbc, feed, properties.webhooks(), new SimpleMeterRegistry());
        try (Receiver receiver = new Receiver(0)) {
            Subscribed subscription =
                    subscribe(Http.asDtenv(port), receiver.url(), "[\"nl.terugkeer.zaak.fase-gewijzigd\"]");
            List<UUID> subjects = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                subjects.add(UUID.randomUUID());
            }
            second.start();
            for (int i = 0; i < 400; i++) {
                UUID subject = subjects.get(i % subjects.size());
                feed.append(
                        UUID.randomUUID(),
                        FeedType.ZAAK_FASE_GEWIJZIGD,
                        subject,
                        null,
                        java.time.Instant.now(),
                        "two-instances",
                        "/v1/cases/" + subject,
                        java.util.Map.of("caseId", subject, "phase", "IN_PROGRESS"));
            }
            await().atMost(PATIENCE)
                    .until(() -> receiver.accepted.stream()
                                    .filter(r -> subjects.contains(UUID.fromString(
                                            r.json().get("subject").asString())))
                                    .count()
                            >= 400);
            List<Receiver.Received> ours = receiver.accepted.stream()
                    .filter(r -> subjects.contains(
                            UUID.fromString(r.json().get("subject").asString())))
                    .toList();
            // exactly once, unless an attempt was repeated (a callback timed out or a lease ran out): each repeat
            // is one retried attempt, so repeats never exceed the retried attempts and always carry a known id
            assertThat(ours.stream().map(Receiver.Received::id).distinct()).hasSize(400);
            assertThat((long) ours.size() - 400).isLessThanOrEqualTo(retriedAttempts(subscription));
            for (UUID subject : subjects) {
                assertThat(ours.stream()
                                .map(Receiver.Received::json)
                                .filter(e -> e.get("subject").asString().equals(subject.toString()))
                                .map(e -> e.get("sequence").asString())
                                .toList())
                        .isSorted();
            }
            assertThat(jdbc.sql("SELECT count(DISTINCT claimed_by) FROM feed.delivery"
                                    + " WHERE subscription_id = CAST(:id AS uuid)")
                            .param("id", subscription.id())
                            .query(Long.class)
                            .single())
                    .as("instances that won claims (usually both; which one wins is up to timing)")
                    .isBetween(1L, 2L);
            Http.asDtenv(port).send("DELETE", "/v1/subscriptions/" + subscription.id());
        } finally {
            second.stop();
            jdbc.sql("DELETE FROM feed.delivery WHERE position IN"
                            + " (SELECT position FROM feed.integration_event WHERE correlation_id = 'two-instances')")
                    .update();
            jdbc.sql("DELETE FROM feed.integration_event WHERE correlation_id = 'two-instances'")
                    .update();
        }
    }

    @Test
    void givenMunicipalityAndCoaSubscriptions_whenCasesAndEntitlementChange_thenEachReceivesOnlyItsScope()
            throws Exception {
        FeedFixtures f = new FeedFixtures(port);
        try (Receiver amsterdam = new Receiver(0);
                Receiver coa = new Receiver(0)) {
            Subscribed gm = subscribe(Http.asGemeente(port, "GM0363"), amsterdam.url(), null);
            Subscribed reception = subscribe(Http.as(port, "COA"), coa.url(), null);
            String alien = f.person();
            String own = f.caseIn("GM0363", alien);
            String other = f.caseIn("GM0599", f.person());
            f.fileAsylum(alien, "2026-05-01");

            await().atMost(PATIENCE)
                    .until(() -> !about(amsterdam, own).isEmpty()
                            && !about(coa, alien).isEmpty());
            Http dtenv = Http.asDtenv(port);
            await().atMost(PATIENCE).until(() -> !FeedFixtures.all(dtenv, "").stream()
                    .filter(e -> e.get("subject").asString().equals(other))
                    .toList()
                    .isEmpty());
            assertThat(about(amsterdam, other)).isEmpty();
            assertThat(amsterdam.accepted).allSatisfy(r -> assertThat(
                            r.json().get("data").get("municipalityCode").asString())
                    .isEqualTo("GM0363"));
            assertThat(coa.accepted)
                    .allSatisfy(r -> assertThat(r.json().get("type").asString())
                            .isEqualTo("nl.terugkeer.rijksopvang.gewijzigd"));
            coa.accepted.forEach(r -> f.assertValid(r.json()));

            // each sees and ends only its own subscriptions; the operator sees all
            Http rotterdam = Http.asGemeente(port, "GM0599");
            assertThat(rotterdam.get("/v1/subscriptions").body()).doesNotContain(gm.id());
            assertThat(rotterdam.get("/v1/subscriptions/" + gm.id()).status()).isEqualTo(404);
            assertThat(rotterdam.send("DELETE", "/v1/subscriptions/" + gm.id()).status())
                    .isEqualTo(404);
            assertThat(Http.as(port, "ADMIN").get("/v1/subscriptions").body())
                    .contains(gm.id())
                    .contains(reception.id())
                    .doesNotContain(reception.secret());
            assertThat(Http.asGemeente(port, "GM0363")
                            .send("DELETE", "/v1/subscriptions/" + gm.id())
                            .status())
                    .isEqualTo(204);
            assertThat(Http.as(port, "COA")
                            .send("DELETE", "/v1/subscriptions/" + reception.id())
                            .status())
                    .isEqualTo(204);
            assertThat(Http.as(port, "COA")
                            .get("/v1/subscriptions/" + reception.id())
                            .status())
                    .isEqualTo(404);
        }
    }

    @Test
    void givenCoaOrAMunicipality_whenSubscribingToTypesOutsideTheirScope_then403() {
        Http.Response coa = Http.as(port, "COA").post("/v1/subscriptions", """
                {"callbackUrl":"https://coa.example/hook","types":["nl.terugkeer.zaak.fase-gewijzigd"]}""");
        assertThat(coa.status()).isEqualTo(403);
        assertThat(coa.contentType()).startsWith("application/problem+json");
        Http.Response gm = Http.asGemeente(port, "GM0363").post("/v1/subscriptions", """
                {"callbackUrl":"https://gm.example/hook","types":["nl.terugkeer.rijksopvang.gewijzigd"]}""");
        assertThat(gm.status()).isEqualTo(403);
        assertThat(Http.as(port, "ANALYST")
                        .post("/v1/subscriptions", "{\"callbackUrl\":\"https://a.example/hook\"}")
                        .status())
                .isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "{\"callbackUrl\":\"ftp://example.org/hook\"}",
                "{\"callbackUrl\":\"file:///etc/passwd\"}",
                "{\"callbackUrl\":\"/relative/hook\"}",
                "{\"callbackUrl\":\"http://user:pw@example.org/hook\"}",
                "{\"callbackUrl\":\"http://exa mple.org/hook\"}",
                "{\"callbackUrl\":\"https://example.org/hook#x\"}",
                "{}",
                "{\"callbackUrl\":\"https://example.org/hook\",\"types\":[\"nl.terugkeer.other\"]}",
                "{\"callbackUrl\":\"https://example.org/hook\",\"extra\":1}",
                "{\"callbackUrl\":42,",
                "[]"
            })
    void givenABadSubscription_whenPosted_then400ProblemAndNothingStored(String body) {
        long before = subscriptions();
        Http.Response response = Http.asDtenv(port).post("/v1/subscriptions", body);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(subscriptions()).isEqualTo(before);
    }

    @Test
    void givenBadPathsAndQueries_whenManagingSubscriptions_then4xxProblems() {
        Http dtenv = Http.asDtenv(port);
        assertThat(dtenv.get("/v1/subscriptions/not-a-uuid").status()).isEqualTo(400);
        assertThat(dtenv.get("/v1/subscriptions/" + java.util.UUID.randomUUID()).status())
                .isEqualTo(404);
        assertThat(Http.as(port, "ADMIN")
                        .post("/v1/subscriptions/" + java.util.UUID.randomUUID() + "/replays", "")
                        .status())
                .isEqualTo(404);
        Subscribed s = subscribe(dtenv, "https://example.org/hook", null);
        assertThat(dtenv.get("/v1/subscriptions/" + s.id() + "/deliveries?state=LOST")
                        .status())
                .isEqualTo(400);
        assertThat(dtenv.get("/v1/subscriptions/" + s.id() + "/deliveries?limit=x")
                        .status())
                .isEqualTo(400);
        assertThat(dtenv.send("DELETE", "/v1/subscriptions/" + s.id()).status()).isEqualTo(204);
    }

    private long retriedAttempts(Subscribed subscription) {
        return jdbc.sql(
                        "SELECT coalesce(sum(attempts - 1), 0) FROM feed.delivery WHERE subscription_id = CAST(:id AS uuid)")
                .param("id", subscription.id())
                .query(Long.class)
                .single();
    }

    private long subscriptions() {
        return jdbc.sql("SELECT count(*) FROM feed.subscription")
                .query(Long.class)
                .single();
    }

    private static String deliveries(Http admin, Subscribed subscription, String state) {
        return admin.get("/v1/subscriptions/" + subscription.id() + "/deliveries?state=" + state)
                .body();
    }

    private Set<String> expectedIds(Subscribed subscription, List<String> cases) {
        return new HashSet<>(jdbc.sql("""
                        SELECT e.id::text FROM feed.delivery d JOIN feed.integration_event e ON e.position = d.position
                        WHERE d.subscription_id = CAST(:id AS uuid) AND e.subject::text IN (:cases)
                        """)
                .param("id", subscription.id())
                .param("cases", cases)
                .query(String.class)
                .list());
    }
}
