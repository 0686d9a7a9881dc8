package nl.terugkeer.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.terugkeer.api.Http;
import nl.terugkeer.api.ReturnApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every role's allow and deny cases, over real HTTP with real tokens of the development issuer. */
@ReturnApiTest
class RoleAccessTest {

    private static String amsterdamCase;

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DevTokenIssuer issuer;

    @BeforeEach
    void anAmsterdamCase() {
        if (amsterdamCase == null) {
            amsterdamCase = signal(Http.asGemeente(port, "GM0363"), register(), "MUNICIPALITY", "GM0363", 201)
                    .json()
                    .get("caseId")
                    .asString();
            await().atMost(Duration.ofSeconds(10))
                    .until(() ->
                            Http.asDtenv(port).get("/v1/cases/" + amsterdamCase).status() == 200);
        }
    }

    @ParameterizedTest(name = "{0} reads a case: {1}")
    @CsvSource({"DTENV, 200", "AUDITOR, 200", "IND, 403", "ANALYST, 403", "ADMIN, 403"})
    void givenARole_whenReadingACase_thenAllowedOrRefused(String role, int status) {
        Http.Response response = Http.as(port, role).get("/v1/cases/" + amsterdamCase);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        if (status == 403) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("status").asInt()).isEqualTo(403);
            assertThat(response.json().get("title").asString()).isEqualTo("Forbidden");
            assertThat(response.header("API-Version")).isEqualTo("0.1.0");
        }
    }

    @ParameterizedTest(name = "{0} signals a case: {1}")
    @CsvSource({"DTENV, 201", "AUDITOR, 403", "IND, 403", "ANALYST, 403", "ADMIN, 403"})
    void givenARole_whenSignalling_thenAllowedOrRefused(String role, int status) {
        String alien = register();
        long before = events();
        Http.Response response = signal(Http.as(port, role), alien, "DTENV", null, status);
        if (status == 403) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(events()).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0} registers a person: {1}")
    @CsvSource({"DTENV, 201", "IND, 201", "AUDITOR, 403", "ANALYST, 403", "ADMIN, 403", "GEMEENTE, 403"})
    void givenARole_whenRegisteringAPerson_thenAllowedOrRefused(String role, int status) {
        Http http = role.equals("GEMEENTE") ? Http.asGemeente(port, "GM0363") : Http.as(port, role);
        assertThat(http.post("/v1/aliens", ALIEN).status()).isEqualTo(status);
    }

    @Test
    void givenAMunicipality_whenReadingItsOwnCase_then200() {
        Http.Response response = Http.asGemeente(port, "GM0363").get("/v1/cases/" + amsterdamCase);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("municipalityCode").asString()).isEqualTo("GM0363");
    }

    @Test
    void givenAMunicipality_whenReadingAnotherMunicipalitysCase_then404AsIfItDidNotExist() {
        Http.Response response = Http.asGemeente(port, "GM0599").get("/v1/cases/" + amsterdamCase);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).isEqualTo("No case with this id.");
    }

    @Test
    void givenAMunicipality_whenSignallingForItself_thenTheEventNamesTheMunicipalityAsActor() {
        String caseId = signal(Http.asGemeente(port, "GM0599"), register(), "MUNICIPALITY", "GM0599", 201)
                .json()
                .get("caseId")
                .asString();
        String metadata = jdbc.sql("SELECT convert_from(metadata, 'UTF8') FROM domainevententry"
                        + " WHERE aggregateidentifier = :id")
                .param("id", caseId)
                .query(String.class)
                .single();
        assertThat(metadata)
                .contains("\"userId\":\"u-gm-GM0599\"")
                .contains("\"role\":\"GEMEENTE\"")
                .contains("\"organisation\":\"GM0599\"");
    }

    @ParameterizedTest(name = "source {0}, code {1}")
    @CsvSource({"MUNICIPALITY, GM0599", "DTENV, GM0363", "DTENV, "})
    void givenAMunicipality_whenSignallingForAnotherOrAsAnotherSource_then403AndNothingStored(
            String source, String code) {
        String alien = register();
        long before = events();
        Http.Response response = signal(Http.asGemeente(port, "GM0363"), alien, source, code, 403);
        assertThat(response.json().get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void givenATokenWithoutAKnownRole_whenCalling_then403() {
        for (Map<String, Object> claims : List.<Map<String, Object>>of(
                Map.of("sub", "u-1", "roles", List.of("KING"), "organisation", "DTENV"),
                Map.of("sub", "u-1", "roles", List.of("DTENV", "IND"), "organisation", "DTENV"),
                Map.of("sub", "u-1", "organisation", "DTENV"),
                Map.of("sub", "u-1", "roles", "GEMEENTE", "organisation", "Amsterdam"),
                Map.of("sub", "u 1", "roles", "DTENV", "organisation", "DTENV"))) {
            Http http = Http.anonymous(port).bearer(issuer.issue(claims));
            assertThat(http.get("/v1/cases/" + amsterdamCase).status())
                    .as(claims.toString())
                    .isEqualTo(403);
        }
    }

    @Test
    void givenRolesAsAString_whenCalling_thenAccepted() {
        Http http = Http.anonymous(port)
                .bearer(issuer.issue(Map.of("sub", "u-1", "roles", "DTENV", "organisation", "DTENV")));
        assertThat(http.get("/v1/cases/" + amsterdamCase).status()).isEqualTo(200);
    }

    @Test
    void givenOperations_whenReadingActuatorOnTheManagementPort_thenHealthAndMetricsOpenTheRestOnlyAdmin() {
        assertThat(managementPort).isNotEqualTo(port);
        Http.Response metrics = Http.anonymous(managementPort).get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("commandBus_", "eventStore_", "eventProcessor_");
        assertThat(Http.anonymous(managementPort).get("/actuator/health").status())
                .isEqualTo(200);
        assertThat(Http.as(port, "ADMIN")
                        .on(managementPort)
                        .get("/actuator/metrics")
                        .status())
                .isEqualTo(200);
        assertThat(Http.asDtenv(port)
                        .on(managementPort)
                        .get("/actuator/metrics")
                        .status())
                .isEqualTo(403);
        assertThat(Http.anonymous(managementPort).get("/actuator/metrics").status())
                .isEqualTo(401);
        assertThat(Http.anonymous(port).get("/actuator/prometheus").status())
                .as("not on the public port")
                .isIn(401, 404);
    }

    @ParameterizedTest(name = "{0} reads work list {1}: {2}")
    @CsvSource({
        "DTENV, municipalityCode=GM0363, 200",
        "GEMEENTE, municipalityCode=GM0363, 200",
        "GEMEENTE, municipalityCode=GM0599, 403",
        "GEMEENTE, caseManager=rv-1, 403",
        "ANALYST, municipalityCode=GM0363, 403",
        "IND, municipalityCode=GM0363, 403"
    })
    void givenARole_whenReadingAWorkList_thenAllowedOrRefused(String role, String query, int status) {
        Http http = role.equals("GEMEENTE") ? Http.asGemeente(port, "GM0363") : Http.as(port, role);
        assertThat(http.get("/v1/work-lists?" + query).status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource({
        "COA, GET, /v1/feed, 200",
        "IND, GET, /v1/feed, 200",
        "DTENV, GET, /v1/feed, 200",
        "AUDITOR, GET, /v1/feed, 200",
        "ADMIN, GET, /v1/feed, 200",
        "GEMEENTE, GET, /v1/feed, 200",
        "ANALYST, GET, /v1/feed, 403",
        "COA, GET, /v1/subscriptions, 200",
        "GEMEENTE, GET, /v1/subscriptions, 200",
        "ANALYST, GET, /v1/subscriptions, 403",
        "ANALYST, DELETE, /v1/subscriptions/00000000-0000-0000-0000-000000000000, 403",
        "COA, DELETE, /v1/subscriptions/00000000-0000-0000-0000-000000000000, 404",
        "COA, POST, /v1/subscriptions/00000000-0000-0000-0000-000000000000/replays, 403",
        "DTENV, POST, /v1/subscriptions/00000000-0000-0000-0000-000000000000/replays, 403",
        "ADMIN, POST, /v1/subscriptions/00000000-0000-0000-0000-000000000000/replays, 404",
        "COA, GET, /v1/cases/{case}, 403",
        "COA, GET, /v1/cases/{case}/history, 403",
        "COA, POST, /v1/cases, 403",
        "COA, POST, /v1/aliens, 403",
        "COA, POST, /v1/aliens/_zoek, 403",
        "COA, GET, /v1/work-lists?municipalityCode=GM0363, 403",
        "COA, GET, /v1/access-log, 403",
        "COA, GET, /v1/admin/projections, 403",
        "COA, GET, /actuator/metrics, 403"
    })
    void givenARole_whenUsingTheFeedOrBeingCoa_thenAllowedOrRefused(
            String role, String method, String path, int status) {
        Http http = role.equals("GEMEENTE") ? Http.asGemeente(port, "GM0363") : Http.as(port, role);
        String resolved = path.replace("{case}", amsterdamCase);
        Http.Response response = method.equals("POST") ? http.post(resolved, "{}") : http.send(method, resolved);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void givenCoa_whenReadingAPerson_then403() {
        assertThat(Http.as(port, "COA").get("/v1/aliens/" + register()).status())
                .isEqualTo(403);
    }

    @ParameterizedTest(name = "{0} records the legal position: {1}")
    @CsvSource({"IND, 201", "DTENV, 403", "AUDITOR, 403", "ANALYST, 403"})
    void givenARole_whenRecordingOnAPerson_thenOnlyInd(String role, int status) {
        Http.Response response = Http.as(port, role)
                .post(
                        "/v1/aliens/" + register() + "/asylum-applications",
                        "{\"kind\":\"FIRST\",\"filedOn\":\"2026-05-01\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} reads a person: {1}")
    @CsvSource({"IND, 200", "DTENV, 200", "AUDITOR, 200", "ANALYST, 403", "ADMIN, 403"})
    void givenARole_whenReadingAPerson_thenAllowedOrRefused(String role, int status) {
        String alien = register();
        Http http = Http.as(port, role);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> http.get("/v1/aliens/" + alien).status() == status);
    }

    @Test
    void givenAMunicipality_whenReadingAPersonOrAnotherCasesHistory_thenRefused() {
        Http amsterdam = Http.asGemeente(port, "GM0363");
        assertThat(amsterdam.get("/v1/aliens/" + register()).status()).isEqualTo(403);
        assertThat(Http.asGemeente(port, "GM0599")
                        .get("/v1/cases/" + amsterdamCase + "/history")
                        .status())
                .isEqualTo(404);
        assertThat(amsterdam.get("/v1/cases/" + amsterdamCase + "/history").status())
                .isEqualTo(200);
        assertThat(amsterdam
                        .post("/v1/cases/" + amsterdamCase + "/closures", "{}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void givenOperations_whenListingProjections_thenOnlyAdmin() {
        assertThat(Http.as(port, "ADMIN").get("/v1/admin/projections").status()).isEqualTo(200);
        assertThat(Http.asDtenv(port).get("/v1/admin/projections").status()).isEqualTo(403);
    }

    @Test
    void givenTheDevIssuer_whenAskedBadlyOrFromElsewhere_thenRefused() {
        assertThat(Http.anonymous(port)
                        .post("/dev/tokens", "{\"sub\":\"u-1\",\"role\":\"KING\"}")
                        .status())
                .isEqualTo(400);
        assertThat(Http.anonymous(port)
                        .post("/dev/tokens", "{\"sub\":\"u-1\",\"role\":\"GEMEENTE\"}")
                        .status())
                .isEqualTo(400);
        Http.Response forwarded = Http.anonymous(port)
                .header("X-Forwarded-For", "203.0.113.9")
                .post("/dev/tokens", "{\"sub\":\"u-1\",\"role\":\"DTENV\"}");
        assertThat(forwarded.status()).isEqualTo(403);
        assertThat(Http.anonymous(port).get("/dev/jwks.json").json().get("keys").size())
                .isEqualTo(1);
    }

    @Test
    void givenATokenOfAnotherIssuerKey_whenCalling_then401() {
        String foreign = new DevTokenIssuer().issue("u-1", nl.terugkeer.api.security.Role.DTENV, "DTENV");
        Http.Response response = Http.anonymous(port).bearer(foreign).get("/v1/cases/" + amsterdamCase);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static final String ALIEN = """
            {"givenNames":"Amal","surname":"Haddad","dateOfBirth":"1991-06-15",
             "claimedNationality":"SYR","unaccompaniedMinor":false,"familyMembers":[],"registeredOn":"2026-11-01"}
            """;

    private String register() {
        Http.Response registered = Http.asDtenv(port).post("/v1/aliens", ALIEN);
        assertThat(registered.status()).isEqualTo(201);
        return registered.json().get("alienId").asString();
    }

    private static Http.Response signal(Http http, String alienId, String source, String code, int expected) {
        Http.Response response = http.post("/v1/cases", """
                {"alienId":"%s","source":"%s",%s"reason":"r","signalledOn":"2026-11-02"}
                """.formatted(
                        alienId, source, code == null ? "" : "\"municipalityCode\":\"" + code + "\","));
        assertThat(response.status()).as(response.body()).isEqualTo(expected);
        return response;
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domainevententry")
                .query(Long.class)
                .single();
    }
}
