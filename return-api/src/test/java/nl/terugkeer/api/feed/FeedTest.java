package nl.terugkeer.api.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.terugkeer.api.Http;
import nl.terugkeer.api.ReturnApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The pull feed over HTTP: content, envelope, schemas, order, cursor, long poll, role scope, replay, bad input. */
@ReturnApiTest
class FeedTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private FeedFixtures fixtures() {
        return new FeedFixtures(port);
    }

    private static List<JsonNode> about(List<JsonNode> events, String subject) {
        return events.stream()
                .filter(e -> e.get("subject").asString().equals(subject))
                .toList();
    }

    @Test
    void givenACaseThatMovesAndCloses_whenDtenvReadsTheFeed_thenEachPhaseChangeInOrderAsValidCloudEvents() {
        FeedFixtures f = fixtures();
        String alien = f.person();
        String caseId = f.caseIn("GM0363", alien);
        f.assignManager(caseId);
        f.close(caseId);
        Http dtenv = Http.asDtenv(port);
        await().atMost(PATIENCE)
                .until(() -> about(FeedFixtures.all(dtenv, ""), caseId).size() == 4);

        List<JsonNode> events = about(FeedFixtures.all(dtenv, ""), caseId);
        assertThat(events)
                .extracting(e -> e.get("type").asString())
                .containsExactly(
                        "nl.terugkeer.zaak.fase-gewijzigd",
                        "nl.terugkeer.zaak.fase-gewijzigd",
                        "nl.terugkeer.zaak.fase-gewijzigd",
                        "nl.terugkeer.zaak.gesloten");
        assertThat(events)
                .extracting(e -> e.get("data").get("phase") == null
                        ? "-"
                        : e.get("data").get("phase").asString())
                .containsExactly("SIGNALLED", "IN_PROGRESS", "CLOSED", "-");
        assertThat(events.get(1).get("data").get("previousPhase").asString()).isEqualTo("SIGNALLED");
        JsonNode first = events.getFirst();
        assertThat(first.get("specversion").asString()).isEqualTo("1.0");
        assertThat(first.get("source").asString()).startsWith("urn:nld:oin:");
        assertThat(first.get("datacontenttype").asString()).isEqualTo("application/json");
        assertThat(first.get("dataref").asString()).isEqualTo("/v1/cases/" + caseId);
        assertThat(first.get("correlationid").asString()).isNotBlank();
        assertThat(first.get("time").asString()).endsWith("Z");
        assertThat(events.getLast().get("data").get("closedOn").asString()).isEqualTo("2026-04-01");
        events.forEach(f::assertValid);
        List<String> sequences =
                events.stream().map(e -> e.get("sequence").asString()).toList();
        assertThat(sequences).isSorted();
    }

    @Test
    void givenAnAsylumApplication_whenTheFeedIsRead_thenTheEntitlementChangeNamesOldAndNewPeriod() {
        FeedFixtures f = fixtures();
        String alien = f.person();
        f.fileAsylum(alien, "2026-05-01");
        Http coa = Http.as(port, "COA");
        await().atMost(PATIENCE)
                .until(() -> !about(FeedFixtures.all(coa, ""), alien).isEmpty());

        JsonNode event = about(FeedFixtures.all(coa, ""), alien).getFirst();
        assertThat(event.get("type").asString()).isEqualTo("nl.terugkeer.rijksopvang.gewijzigd");
        assertThat(event.get("dataref").asString()).isEqualTo("/v1/aliens/" + alien + "/entitlement-periods");
        assertThat(event.get("data").get("previous").isNull()).isTrue();
        JsonNode current = event.get("data").get("current");
        assertThat(current.get("kind").asString()).isEqualTo("ASYLUM_RECEPTION");
        assertThat(current.get("from").asString()).isEqualTo("2026-05-01");
        assertThat(event.toString()).doesNotContain("Persoon").doesNotContain("1990-01-01");
        f.assertValid(event);
    }

    @Test
    void givenCasesInTwoMunicipalities_whenEachReadsTheFeed_thenEachSeesOnlyItsOwnCasesAndNoPersons() {
        FeedFixtures f = fixtures();
        String alien = f.person();
        String amsterdam = f.caseIn("GM0363", alien);
        String rotterdam = f.caseIn("GM0599", f.person());
        f.fileAsylum(alien, "2026-05-01");
        Http dtenv = Http.asDtenv(port);
        await().atMost(PATIENCE).until(() -> {
            List<JsonNode> all = FeedFixtures.all(dtenv, "");
            return !about(all, amsterdam).isEmpty()
                    && !about(all, rotterdam).isEmpty()
                    && !about(all, alien).isEmpty();
        });

        List<JsonNode> seenByAmsterdam = FeedFixtures.all(Http.asGemeente(port, "GM0363"), "");
        assertThat(about(seenByAmsterdam, amsterdam)).isNotEmpty();
        assertThat(about(seenByAmsterdam, rotterdam)).isEmpty();
        assertThat(seenByAmsterdam).allSatisfy(e -> {
            assertThat(e.get("type").asString()).startsWith("nl.terugkeer.zaak.");
            assertThat(e.get("data").get("municipalityCode").asString()).isEqualTo("GM0363");
        });
        assertThat(about(FeedFixtures.all(Http.asGemeente(port, "GM0599"), ""), rotterdam))
                .isNotEmpty();
        // asking for entitlement events explicitly gives nothing either
        assertThat(FeedFixtures.all(Http.asGemeente(port, "GM0363"), "&types=nl.terugkeer.rijksopvang.gewijzigd"))
                .isEmpty();
    }

    @Test
    void givenCoa_whenReadingTheFeedOrAnythingElse_thenOnlyEntitlementEventsAndElsewhere403() {
        FeedFixtures f = fixtures();
        String alien = f.person();
        String caseId = f.caseIn("GM0363", alien);
        f.fileAsylum(alien, "2026-05-01");
        Http coa = Http.as(port, "COA");
        await().atMost(PATIENCE)
                .until(() -> !about(FeedFixtures.all(coa, ""), alien).isEmpty());

        assertThat(FeedFixtures.all(coa, ""))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("type").asString()).isEqualTo("nl.terugkeer.rijksopvang.gewijzigd"));
        assertThat(FeedFixtures.all(coa, "&types=nl.terugkeer.zaak.fase-gewijzigd"))
                .isEmpty();
        for (String path : List.of(
                "/v1/cases/" + caseId,
                "/v1/aliens/" + alien,
                "/v1/aliens/" + alien + "/entitlement",
                "/v1/work-lists?municipalityCode=GM0363",
                "/v1/admin/projections",
                "/v1/access-log")) {
            Http.Response refused = coa.get(path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(coa.post("/v1/aliens", "{}").status()).isEqualTo(403);
        assertThat(coa.post("/v1/cases", "{}").status()).isEqualTo(403);
        assertThat(Http.as(port, "ANALYST").get("/v1/feed").status()).isEqualTo(403);
        assertThat(Http.anonymous(port).get("/v1/feed").status()).isEqualTo(401);
    }

    @Test
    void givenSeveralEvents_whenPagingWithLimitOne_thenEveryEventOnceInFeedOrderAndTheLastCursorStands() {
        FeedFixtures f = fixtures();
        String caseId = f.caseIn("GM0363", f.person());
        f.assignManager(caseId);
        Http dtenv = Http.asDtenv(port);
        await().atMost(PATIENCE)
                .until(() -> about(FeedFixtures.all(dtenv, ""), caseId).size() == 2);
        List<String> expected = FeedFixtures.all(dtenv, "").stream()
                .map(e -> e.get("id").asString())
                .toList();

        List<String> paged = new java.util.ArrayList<>();
        String cursor = null;
        for (int i = 0; i <= expected.size(); i++) {
            Http.Response page = dtenv.get("/v1/feed?limit=1" + (cursor == null ? "" : "&after=" + cursor));
            JsonNode json = page.json();
            json.get("events").forEach(e -> paged.add(e.get("id").asString()));
            assertThat(json.get("_links").get("next").get("href").asString())
                    .contains(json.get("cursor").asString());
            cursor = json.get("cursor").asString();
        }
        assertThat(paged).startsWith(expected.toArray(String[]::new));
        Http.Response end = dtenv.get("/v1/feed?after=" + cursor);
        assertThat(end.json().get("cursor").asString()).isEqualTo(cursor);
    }

    @Test
    void givenAnEmptyFeedTail_whenWaiting_thenTheRequestAnswersAsSoonAsAChangeArrives() throws Exception {
        FeedFixtures f = fixtures();
        Http dtenv = Http.asDtenv(port);
        String caseId = f.caseIn("GM0363", f.person());
        await().atMost(PATIENCE)
                .until(() -> about(FeedFixtures.all(dtenv, ""), caseId).size() == 1);
        String tail = tailCursor(dtenv);

        CompletableFuture<Http.Response> waiting =
                CompletableFuture.supplyAsync(() -> dtenv.get("/v1/feed?wait=25&after=" + tail));
        f.assignManager(caseId);

        Http.Response answered = waiting.get(25, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().get("events").toString())
                .contains("IN_PROGRESS")
                .contains(caseId);
        // with nothing new, a short wait answers empty, with the same cursor
        String newTail = tailCursor(dtenv);
        Http.Response empty = dtenv.get("/v1/feed?wait=1&after=" + newTail);
        assertThat(empty.json().get("events").isEmpty()).isTrue();
        assertThat(empty.json().get("cursor").asString()).isEqualTo(newTail);
    }

    @Test
    void givenTheFeedProcessorIsReplayed_whenItHasCaughtUp_thenTheFeedHoldsTheSameEventsWithTheSameIds() {
        FeedFixtures f = fixtures();
        String alien = f.person();
        String caseId = f.caseIn("GM0363", alien);
        f.fileAsylum(alien, "2026-05-01");
        f.assignManager(caseId);
        Http dtenv = Http.asDtenv(port);
        await().atMost(PATIENCE)
                .until(() -> about(FeedFixtures.all(dtenv, ""), caseId).size() == 2
                        && !about(FeedFixtures.all(dtenv, ""), alien).isEmpty());
        List<String> before = ids();

        Http.Response rebuild = Http.as(port, "ADMIN").post("/v1/admin/projections/integration-feed/rebuild", "");
        assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(202);
        await().atMost(PATIENCE).until(() -> snapshotOf(caseId).equals("IN_PROGRESS"));
        String another = f.caseIn("GM0363", f.person());
        await().atMost(PATIENCE)
                .until(() -> !about(FeedFixtures.all(dtenv, ""), another).isEmpty());

        List<String> after = ids();
        assertThat(after.subList(0, before.size())).isEqualTo(before);
        assertThat(after.subList(before.size(), after.size()))
                .allSatisfy(id -> assertThat(before).doesNotContain(id));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "after=not-a-cursor",
                "after=cDotMQ",
                "limit=0",
                "limit=501",
                "limit=ten",
                "wait=31",
                "wait=-1",
                "types=nl.terugkeer.unknown",
                "types=,",
                "types=nl.terugkeer.zaak.gesloten,"
            })
    void givenABadQuery_whenReadingTheFeed_then400ProblemThatSaysWhat(String query) {
        Http.Response response = Http.asDtenv(port).get("/v1/feed?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }

    @Test
    void givenTheSchemas_whenFetchedWithoutAToken_thenEachTypeHasOneAndUnknownIs404() {
        for (FeedType type : FeedType.values()) {
            Http.Response schema = Http.anonymous(port).get(type.schemaPath());
            assertThat(schema.status()).isEqualTo(200);
            assertThat(schema.contentType()).startsWith("application/schema+json");
            assertThat(schema.json().get("properties").get("type").get("const").asString())
                    .isEqualTo(type.type());
        }
        assertThat(Http.anonymous(port)
                        .get("/v1/feed/schemas/nl.terugkeer.x.json")
                        .status())
                .isEqualTo(404);
    }

    private String snapshotOf(String caseId) {
        return jdbc.sql("SELECT phase FROM feed.case_snapshot WHERE case_id = CAST(:id AS uuid)")
                .param("id", caseId)
                .query(String.class)
                .optional()
                .orElse("");
    }

    private List<String> ids() {
        return jdbc.sql("SELECT id::text FROM feed.integration_event ORDER BY position")
                .query(String.class)
                .list();
    }

    private static String tailCursor(Http reader) {
        String cursor = null;
        while (true) {
            JsonNode page = reader.get("/v1/feed?limit=500" + (cursor == null ? "" : "&after=" + cursor))
                    .json();
            String next = page.get("cursor").asString();
            if (page.get("events").isEmpty()) {
                return next;
            }
            cursor = next;
        }
    }
}
