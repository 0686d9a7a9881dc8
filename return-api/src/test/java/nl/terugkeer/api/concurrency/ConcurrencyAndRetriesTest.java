package nl.terugkeer.api.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.terugkeer.api.Http;
import nl.terugkeer.api.ReturnApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** ETag, If-Match, Idempotency-Key and Prefer: return=representation over HTTP. */
@ReturnApiTest
class ConcurrencyAndRetriesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void givenCommands_whenAnswered_thenTheETagIsTheAggregatesVersion() {
        Http dtenv = Http.asDtenv(port);
        Http.Response registered = dtenv.post("/v1/aliens", ALIEN);
        assertThat(registered.header("ETag")).isEqualTo("\"0\"");
        String caseId = signal(dtenv, registered.json().get("alienId").asString());
        Http.Response assigned = dtenv.post("/v1/cases/" + caseId + "/case-manager-assignments", ASSIGNMENT);
        assertThat(assigned.status()).isEqualTo(201);
        assertThat(assigned.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void givenTheETagOfAPerson_whenReadAgainWithIfNoneMatch_then304WithoutABody_andAfterAChange200() {
        Http dtenv = Http.asDtenv(port);
        String alienId = register(dtenv);
        String path = "/v1/aliens/" + alienId;
        Http.Response first =
                await().atMost(Duration.ofSeconds(10)).until(() -> dtenv.get(path), r -> r.status() == 200);
        String etag = first.header("ETag");
        assertThat(etag).isEqualTo("\"0\"");

        Http.Response unchanged =
                Http.asDtenv(port).header("If-None-Match", etag).get(path);
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        assertThat(Http.as(port, "IND")
                        .post(path + "/identity-establishments", "{\"establishedOn\":\"2026-02-01\"}")
                        .status())
                .isEqualTo(201);
        Http.Response changed = await().atMost(Duration.ofSeconds(10))
                .until(() -> Http.asDtenv(port).header("If-None-Match", etag).get(path), r -> r.status() == 200);
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void givenIfMatch_whenTheVersionIsCurrent_thenRecorded_andWhenStale_then412AndNothingStored() {
        Http dtenv = Http.asDtenv(port);
        String caseId = signal(dtenv, register(dtenv));
        String path = "/v1/cases/" + caseId + "/case-manager-assignments";

        Http.Response current = Http.asDtenv(port).header("If-Match", "\"0\"").post(path, ASSIGNMENT);
        assertThat(current.status()).as(current.body()).isEqualTo(201);
        assertThat(current.header("ETag")).isEqualTo("\"1\"");

        long before = events();
        Http.Response stale = Http.asDtenv(port).header("If-Match", "\"0\"").post(path, ASSIGNMENT);
        assertThat(stale.status()).as(stale.body()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().get("code").asString()).isEqualTo("STALE_VERSION");
        assertThat(stale.header("ETag")).isEqualTo("\"1\"");
        assertThat(Http.asDtenv(port)
                        .header("If-Match", "garbage")
                        .post(path, ASSIGNMENT)
                        .status())
                .isEqualTo(412);
        assertThat(events()).isEqualTo(before);

        assertThat(Http.asDtenv(port)
                        .header("If-Match", "W/\"1\"")
                        .post(path, ASSIGNMENT)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void givenManyRacersWithTheSameIfMatch_thenExactlyOneWinsAndTheOthersGet412Not500() throws Exception {
        Http dtenv = Http.asDtenv(port);
        String caseId = signal(dtenv, register(dtenv));
        String path = "/v1/cases/" + caseId + "/case-manager-assignments";
        List<Callable<Integer>> racers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            racers.add(() -> Http.asDtenv(port)
                    .header("If-Match", "\"0\"")
                    .post(path, ASSIGNMENT)
                    .status());
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Integer> result : pool.invokeAll(racers)) {
                statuses.add(result.get());
            }
        }
        assertThat(statuses).containsOnly(201, 412);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
    }

    @Test
    void givenAnIdempotencyKey_whenRetriedWithTheSameBody_thenTheFirstAnswerAndNothingNew() {
        String key = "key-" + UUID.randomUUID();
        Http.Response first = Http.asDtenv(port).header("Idempotency-Key", key).post("/v1/aliens", ALIEN);
        assertThat(first.status()).isEqualTo(201);
        long after = events();

        Http.Response retry = Http.asDtenv(port).header("Idempotency-Key", key).post("/v1/aliens", ALIEN);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(events()).isEqualTo(after);

        Http.Response otherBody =
                Http.asDtenv(port).header("Idempotency-Key", key).post("/v1/aliens", ALIEN.replace("Amal", "Omar"));
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(events()).isEqualTo(after);

        Http.Response otherUser = Http.as(port, "u-other", "DTENV", "DTENV")
                .header("Idempotency-Key", key)
                .post("/v1/aliens", ALIEN);
        assertThat(otherUser.status()).isEqualTo(201);
        assertThat(otherUser.json().get("alienId").asString())
                .isNotEqualTo(first.json().get("alienId").asString());
    }

    @Test
    void givenAnIdempotencyKey_whenTheFirstAttemptWasRefused_thenTheSameRetryIsExecutedOnceItCanSucceed() {
        Http dtenv = Http.asDtenv(port);
        String lifts = "/v1/cases/" + signal(dtenv, register(dtenv)) + "/reporting-obligation-lifts";
        String lift = "{\"liftedOn\":\"2026-11-20\"}";
        String key = "key-" + UUID.randomUUID();

        Http.Response refused =
                Http.asDtenv(port).header("Idempotency-Key", key).post(lifts, lift);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(dtenv.post(
                                lifts.replace("reporting-obligation-lifts", "reporting-obligations"),
                                "{\"frequency\":\"WEEKLY\",\"imposedOn\":\"2026-11-10\"}")
                        .status())
                .isEqualTo(201);
        long beforeRetry = events();

        Http.Response retried =
                Http.asDtenv(port).header("Idempotency-Key", key).post(lifts, lift);

        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isNull();
        assertThat(events()).isEqualTo(beforeRetry + 1);
        Http.Response replayed =
                Http.asDtenv(port).header("Idempotency-Key", key).post(lifts, lift);
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(events()).isEqualTo(beforeRetry + 1);
    }

    @Test
    void givenAnIdempotencyKey_whenTheBodyIsMalformedOrTheKeyBlank_then400AndTheKeyStaysFree() {
        String key = "key-" + UUID.randomUUID();
        String malformed = ALIEN.replace("\"registeredOn\":\"2026-11-01\"", "\"registeredOn\":\"x\"");
        assertThat(Http.asDtenv(port)
                        .header("Idempotency-Key", key)
                        .post("/v1/aliens", malformed)
                        .status())
                .isEqualTo(400);
        assertThat(Http.asDtenv(port)
                        .header("Idempotency-Key", " ")
                        .post("/v1/aliens", ALIEN)
                        .status())
                .isEqualTo(400);
        assertThat(Http.asDtenv(port)
                        .header("Idempotency-Key", key)
                        .post("/v1/aliens", ALIEN)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void givenPreferReturnRepresentation_whenRecording_thenTheCaughtUpCaseStatusIsEmbedded() {
        Http dtenv = Http.asDtenv(port);
        String caseId = signal(dtenv, register(dtenv));
        Http.Response assigned = Http.asDtenv(port)
                .header("Prefer", "return=representation")
                .post("/v1/cases/" + caseId + "/case-manager-assignments", ASSIGNMENT);

        assertThat(assigned.status()).isEqualTo(201);
        assertThat(assigned.header("Preference-Applied")).isEqualTo("return=representation");
        assertThat(assigned.header("ETag")).isEqualTo("\"1\"");
        assertThat(assigned.json()
                        .get("_embedded")
                        .get("caseStatus")
                        .get("version")
                        .asLong())
                .isEqualTo(1);
        assertThat(assigned.json()
                        .get("_embedded")
                        .get("caseStatus")
                        .get("caseManager")
                        .asString())
                .isEqualTo("rv-0042");
    }

    private static final String ALIEN = """
            {"givenNames":"Amal","surname":"Haddad","dateOfBirth":"1991-06-15",
             "claimedNationality":"SYR","unaccompaniedMinor":false,"familyMembers":[],"registeredOn":"2026-11-01"}
            """;
    private static final String ASSIGNMENT = "{\"caseManager\":\"rv-0042\",\"assignedOn\":\"2026-11-21\"}";

    private static String register(Http http) {
        Http.Response registered = http.post("/v1/aliens", ALIEN);
        assertThat(registered.status()).isEqualTo(201);
        return registered.json().get("alienId").asString();
    }

    private static String signal(Http http, String alienId) {
        Http.Response signalled = http.post("/v1/cases", """
                {"alienId":"%s","source":"DTENV","signalledOn":"2026-11-02"}""".formatted(alienId));
        assertThat(signalled.status()).as(signalled.body()).isEqualTo(201);
        assertThat(signalled.header("ETag")).isEqualTo("\"0\"");
        return signalled.json().get("caseId").asString();
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domainevententry")
                .query(Long.class)
                .single();
    }
}
