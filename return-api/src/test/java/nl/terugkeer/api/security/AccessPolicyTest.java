package nl.terugkeer.api.security;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.terugkeer.api.Http;
import nl.terugkeer.api.ReturnApiTest;
import nl.terugkeer.api.security.AccessPolicy.Access;
import nl.terugkeer.api.security.AccessPolicy.Operation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The role x operation matrix (issue 9): every operation of {@code /v1/openapi.json}, called over HTTP by every role
 * (and by a municipality other than the one owning the case), answers exactly what {@link AccessPolicy} says: the
 * operation's success status when allowed, 403 when denied, and for a scoped operation the success status for the
 * owning municipality and the sample's refusal (404 as if the case did not exist, or 403) for another.
 */
@ReturnApiTest
class AccessPolicyTest {

    private static final String OWN = "GM0363";
    private static final String OTHER = "GM0599";

    /** Who calls: every role, and a municipality twice (the case's own and another). */
    enum Caller {
        GEMEENTE_OWN(Role.GEMEENTE, OWN),
        GEMEENTE_OTHER(Role.GEMEENTE, OTHER),
        DTENV(Role.DTENV, "DTENV"),
        IND(Role.IND, "IND"),
        AUDITOR(Role.AUDITOR, "AUDITOR"),
        ANALYST(Role.ANALYST, "ANALYST"),
        ADMIN(Role.ADMIN, "ADMIN");

        final Role role;
        final String organisation;

        Caller(Role role, String organisation) {
            this.role = role;
            this.organisation = organisation;
        }

        Http http(int port) {
            return Http.as(port, "u-matrix-" + name().toLowerCase(java.util.Locale.ROOT), role.name(), organisation);
        }
    }

    /** The fixture every sample works on: a person with an open case of {@link #OWN}. */
    record Fixture(String alienId, String vNumber, String caseId) {}

    /**
     * A request for an operation, its status when allowed, and its status for a municipality other than the case's
     * when the operation is scoped.
     */
    record Sample(Function<Context, Http.Response> call, int success, int otherMunicipality) {}

    record Context(Http http, Fixture fixture, AccessPolicyTest test) {}

    private static Fixture fixture;

    @LocalServerPort
    int port;

    /** One sample per operation of the table: an operation without one fails the matrix. */
    static final Map<String, Sample> SAMPLES = Map.ofEntries(
            entry("POST /aliens", sample(c -> c.http().post("/v1/aliens", person(randomVNumber())), 201)),
            entry(
                    "GET /aliens/{alienId}",
                    sample(c -> c.http().get("/v1/aliens/" + c.fixture().alienId()), 200)),
            entry(
                    "POST /aliens/_zoek",
                    sample(
                            c -> c.http()
                                    .post(
                                            "/v1/aliens/_zoek",
                                            vNumber(c.fixture().vNumber())),
                            200)),
            entry(
                    "POST /aliens/{id}/{subResource}",
                    sample(
                            c -> c.http()
                                    .post(
                                            "/v1/aliens/" + c.test().register() + "/identity-establishments",
                                            "{\"establishedOn\":\"2026-02-01\"}"),
                            201)),
            entry(
                    "GET /aliens/{id}/{subResource}",
                    sample(c -> c.http().get("/v1/aliens/" + c.fixture().alienId() + "/identity-establishments"), 200)),
            entry(
                    "GET /aliens/{alienId}/entitlement",
                    sample(c -> c.http().get("/v1/aliens/" + c.fixture().alienId() + "/entitlement"), 200)),
            entry(
                    "GET /aliens/{alienId}/entitlement-periods",
                    sample(c -> c.http().get("/v1/aliens/" + c.fixture().alienId() + "/entitlement-periods"), 200)),
            entry(
                    "POST /cases",
                    new Sample(
                            c -> c.http().post("/v1/cases", signal(c.test().register(), OWN)),
                            201,
                            403)), // a municipality signals only for itself
            entry(
                    "POST /cases/_zoek",
                    new Sample(
                            c -> c.http()
                                    .post("/v1/cases/_zoek", vNumber(c.fixture().vNumber())),
                            200,
                            200)),
            entry(
                    "GET /cases/{caseId}",
                    new Sample(c -> c.http().get("/v1/cases/" + c.fixture().caseId()), 200, 404)),
            entry(
                    "GET /cases/{caseId}/history",
                    new Sample(c -> c.http().get("/v1/cases/" + c.fixture().caseId() + "/history"), 200, 404)),
            entry(
                    "POST /cases/{id}/{subResource}",
                    sample(
                            c -> c.http()
                                    .post(
                                            "/v1/cases/" + c.fixture().caseId() + "/case-manager-assignments",
                                            "{\"caseManager\":\"rv-1\",\"assignedOn\":\"2026-11-10\"}"),
                            201)),
            entry(
                    "GET /cases/{id}/{subResource}",
                    new Sample(
                            c -> c.http().get("/v1/cases/" + c.fixture().caseId() + "/case-manager-assignments"),
                            200,
                            404)),
            entry("GET /work-lists", new Sample(c -> c.http().get("/v1/work-lists?municipalityCode=" + OWN), 200, 403)),
            entry("GET /access-log", sample(c -> c.http().get("/v1/access-log?pageSize=1"), 200)),
            entry(
                    "POST /access-log/_zoek",
                    sample(
                            c -> c.http()
                                    .post(
                                            "/v1/access-log/_zoek",
                                            "{\"alienId\":\"" + c.fixture().alienId() + "\",\"pageSize\":1}"),
                            200)),
            entry("GET /feed", new Sample(c -> c.http().get("/v1/feed?limit=1"), 200, 200)),
            entry(
                    "GET /feed/schemas/{file}",
                    sample(c -> c.http().get("/v1/feed/schemas/nl.terugkeer.rijksopvang.gewijzigd.json"), 200)),
            entry(
                    "POST /subscriptions",
                    new Sample(
                            c -> c.http()
                                    .post("/v1/subscriptions", "{\"callbackUrl\":\"https://consumer.example/hook\"}"),
                            201,
                            201)),
            entry("GET /subscriptions", new Sample(c -> c.http().get("/v1/subscriptions"), 200, 200)),
            // an unknown subscription: the role passes (404, not 403)
            entry(
                    "GET /subscriptions/{id}",
                    new Sample(c -> c.http().get("/v1/subscriptions/" + UUID.randomUUID()), 404, 404)),
            entry(
                    "GET /subscriptions/{id}/deliveries",
                    new Sample(c -> c.http().get("/v1/subscriptions/" + UUID.randomUUID() + "/deliveries"), 404, 404)),
            entry(
                    "DELETE /subscriptions/{id}",
                    new Sample(c -> c.http().send("DELETE", "/v1/subscriptions/" + UUID.randomUUID()), 404, 404)),
            entry(
                    "POST /subscriptions/{id}/replays",
                    sample(c -> c.http().post("/v1/subscriptions/" + UUID.randomUUID() + "/replays", ""), 404)),
            entry("GET /statistics/stock-and-flow", sample(c -> c.http().get("/v1/statistics/stock-and-flow"), 200)),
            entry("GET /statistics/outcomes", sample(c -> c.http().get("/v1/statistics/outcomes"), 200)),
            entry("GET /statistics/instruments", sample(c -> c.http().get("/v1/statistics/instruments"), 200)),
            entry("GET /statistics/entitlement", sample(c -> c.http().get("/v1/statistics/entitlement"), 200)),
            entry("GET /statistics/detention", sample(c -> c.http().get("/v1/statistics/detention"), 200)),
            entry(
                    "GET /statistics/regietafel-report",
                    sample(c -> c.http().get("/v1/statistics/regietafel-report"), 200)),
            entry("GET /admin/projections", sample(c -> c.http().get("/v1/admin/projections"), 200)),
            entry("GET /admin/integrity", sample(c -> c.http().get("/v1/admin/integrity"), 200)),
            // an unknown projection: the role passes (404, not 403) and nothing is rebuilt under the feet of the tests
            // that run after this one; ProjectionReplayTest rebuilds real projections and awaits their rows
            entry(
                    "POST /admin/projections/{name}/rebuild",
                    sample(c -> c.http().post("/v1/admin/projections/no-such-projection/rebuild", ""), 404)),
            entry("GET /admin/dead-letters", sample(c -> c.http().get("/v1/admin/dead-letters"), 200)),
            // unknown projections and letters: the role passes (404, not 403) and nothing is retried or evicted
            entry(
                    "POST /admin/dead-letters/{projection}/retries",
                    sample(c -> c.http().post("/v1/admin/dead-letters/no-such-projection/retries", ""), 404)),
            entry(
                    "DELETE /admin/dead-letters/{projection}/{letterId}",
                    sample(
                            c -> c.http().send("DELETE", "/v1/admin/dead-letters/case-status/" + UUID.randomUUID()),
                            404)));

    @Test
    void givenTheOpenApiDocument_whenComparedWithThePolicyTable_thenEveryOperationHasExactlyOneEntryAndASample() {
        Set<String> documented = documentedOperations();
        Set<String> inTable = new TreeSet<>(
                AccessPolicy.OPERATIONS.stream().map(Operation::key).toList());

        assertThat(inTable).as("operations of the policy table").containsExactlyInAnyOrderElementsOf(documented);
        assertThat(AccessPolicy.OPERATIONS).hasSameSizeAs(inTable);
        assertThat(SAMPLES.keySet()).as("a sample per operation").containsExactlyInAnyOrderElementsOf(documented);
    }

    @TestFactory
    Stream<DynamicTest> givenEveryOperationAndEveryRole_whenCalled_thenTheOutcomeIsWhatThePolicyTableSays() {
        Fixture given = fixture();
        List<DynamicTest> tests = new ArrayList<>();
        for (String key : documentedOperations()) {
            Operation operation = AccessPolicy.byKey(key)
                    .orElseThrow(() -> new AssertionError("no entry in AccessPolicy for " + key));
            Sample sample = SAMPLES.get(key);
            assertThat(sample).as("a sample for " + key).isNotNull();
            for (Caller caller : Caller.values()) {
                Access access = operation.accessOf(caller.role);
                int expected =
                        switch (access) {
                            case DENIED -> 403;
                            case ALLOWED -> sample.success();
                            case SCOPED ->
                                caller == Caller.GEMEENTE_OTHER ? sample.otherMunicipality() : sample.success();
                        };
                tests.add(DynamicTest.dynamicTest(key + " as " + caller + " (" + access + "): " + expected, () -> {
                    Http.Response response = sample.call().apply(new Context(caller.http(port), given, this));
                    assertThat(response.status()).as(response.body()).isEqualTo(expected);
                    if (expected >= 400) {
                        assertThat(response.contentType()).startsWith("application/problem+json");
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void givenACaseOfOneMunicipality_whenAnotherSearchesForItsPerson_thenItFindsThePersonButNotTheCase() {
        Fixture given = fixture();
        JsonNode own = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> Caller.GEMEENTE_OWN
                                .http(port)
                                .post("/v1/cases/_zoek", vNumber(given.vNumber()))
                                .json(),
                        found -> !found.get("cases").isEmpty());
        assertThat(own.get("cases").findValuesAsString("caseId")).containsExactly(given.caseId());

        Http.Response other = Caller.GEMEENTE_OTHER.http(port).post("/v1/cases/_zoek", vNumber(given.vNumber()));
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.json().get("cases")).isEmpty();
        assertThat(other.body()).doesNotContain(given.caseId());
        assertThat(other.json().get("persons").findValuesAsString("alienId")).containsExactly(given.alienId());

        Http.Response bySurname =
                Caller.GEMEENTE_OTHER.http(port).post("/v1/cases/_zoek", """
                {"surname":"Matrix%s"}""".formatted(given.vNumber()));
        assertThat(bySurname.body()).doesNotContain(given.caseId()).doesNotContain(given.alienId());
    }

    @Test
    void givenAnOpenCaseOfOneMunicipality_whenAnotherSignalsForThePerson_then422WithoutTheCasesId() {
        Fixture given = fixture();
        Http.Response refused = Caller.GEMEENTE_OTHER.http(port).post("/v1/cases", signal(given.alienId(), OTHER));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("ALIEN_HAS_OPEN_CASE");
        assertThat(refused.body()).doesNotContain(given.caseId());
    }

    // ---- helpers ----

    /**
     * The operations of the OpenAPI document as the policy table names them: the document shows each command
     * sub-resource as a path of its own ({@code /cases/{id}/departure-interviews}), the table covers them with one
     * entry ({@code /cases/{id}/{subResource}}), as the controller serves them with one mapping.
     */
    private Set<String> documentedOperations() {
        Set<String> keys = new TreeSet<>();
        for (String operation : documentedPaths()) {
            String[] methodAndPath = operation.split(" ", 2);
            keys.add(AccessPolicy.match(methodAndPath[0], "/v1" + methodAndPath[1])
                    .map(Operation::key)
                    .orElse(operation));
        }
        return keys;
    }

    private Set<String> documentedPaths() {
        JsonNode paths = Http.anonymous(port).get("/v1/openapi.json").json().get("paths");
        Set<String> operations = new TreeSet<>();
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                if (Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace")
                        .contains(method)) {
                    operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path);
                }
            }
        }
        assertThat(operations).isNotEmpty();
        return operations;
    }

    private synchronized Fixture fixture() {
        if (fixture == null) {
            String vNumber = randomVNumber();
            Http dtenv = Http.asDtenv(port);
            Http.Response registered = dtenv.post("/v1/aliens", person(vNumber));
            assertThat(registered.status()).isEqualTo(201);
            String alienId = registered.json().get("alienId").asString();
            Http.Response signalled = Caller.GEMEENTE_OWN.http(port).post("/v1/cases", signal(alienId, OWN));
            assertThat(signalled.status()).as(signalled.body()).isEqualTo(201);
            String caseId = signalled.json().get("caseId").asString();
            Http own = Caller.GEMEENTE_OWN.http(port);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> own.get("/v1/cases/" + caseId).status() == 200
                            && dtenv.get("/v1/aliens/" + alienId).status() == 200
                            && dtenv.post("/v1/cases/_zoek", vNumber(vNumber))
                                            .json()
                                            .get("cases")
                                            .size()
                                    == 1);
            fixture = new Fixture(alienId, vNumber, caseId);
        }
        return fixture;
    }

    String register() {
        Http.Response registered = Http.asDtenv(port).post("/v1/aliens", person(randomVNumber()));
        assertThat(registered.status()).isEqualTo(201);
        return registered.json().get("alienId").asString();
    }

    private static Sample sample(Function<Context, Http.Response> call, int success) {
        return new Sample(call, success, success);
    }

    private static String randomVNumber() {
        return String.valueOf(1_000_000_000L + (long) (Math.random() * 8_999_999_999L));
    }

    private static String person(String vNumber) {
        return """
                {"vNumber":"%s","givenNames":"Amal","surname":"Matrix%s","dateOfBirth":"1991-06-15",
                 "claimedNationality":"SYR","unaccompaniedMinor":false,"familyMembers":[],"registeredOn":"2026-11-01"}
                """.formatted(vNumber, vNumber);
    }

    private static String vNumber(String vNumber) {
        return "{\"vNumber\":\"" + vNumber + "\"}";
    }

    private static String signal(String alienId, String municipality) {
        return """
                {"alienId":"%s","source":"MUNICIPALITY","municipalityCode":"%s","reason":"r","signalledOn":"2026-11-02"}
                """.formatted(alienId, municipality);
    }
}
