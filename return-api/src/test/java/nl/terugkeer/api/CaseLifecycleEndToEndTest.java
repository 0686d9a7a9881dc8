package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** REST -> command -> event store -> projection -> REST, over real HTTP on a real PostgreSQL. */
@ReturnApiTest
class CaseLifecycleEndToEndTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void givenARegisteredAlien_whenAMunicipalitySignalsReturn_thenTheCaseStatusIsReadable() {
        Http dtenv = Http.asDtenv(port);
        String alienId = registerAlien(dtenv);

        Http.Response signalled =
                dtenv.header("X-Correlation-Id", "corr-e2e-1").post("/v1/cases", """
                        {"alienId":"%s","source":"MUNICIPALITY","municipalityCode":"GM0363",
                         "reason":"asylum rejected","signalledOn":"2026-11-02"}
                        """.formatted(alienId));
        assertThat(signalled.status()).isEqualTo(201);
        String caseId = signalled.json().get("caseId").asString();
        assertThat(signalled.header("Location")).isEqualTo("/v1/cases/" + caseId);

        Http.Response status = await().atMost(Duration.ofSeconds(10))
                .until(() -> dtenv.get("/v1/cases/" + caseId), r -> r.status() == 200);
        assertThat(status.json().get("phase").asString()).isEqualTo("SIGNALLED");
        assertThat(status.json().get("municipalityCode").asString()).isEqualTo("GM0363");
        assertThat(status.json().get("alienId").asString()).isEqualTo(alienId);
        assertThat(status.json().get("signalledOn").asString()).isEqualTo("2026-11-02");
        assertThat(status.header("ETag")).isEqualTo("\"0\"");
        assertThat(status.header("API-Version")).isEqualTo("0.1.0");
    }

    @Test
    void givenASignalledCase_whenStored_thenTheEventCarriesWhoRecordedItAndWhy() {
        Http dtenv = Http.asDtenv(port);
        String alienId = registerAlien(dtenv);
        String caseId = dtenv.header("X-Correlation-Id", "corr-e2e-2")
                .post("/v1/cases", """
                        {"alienId":"%s","source":"DTENV","reason":"self-reporter","signalledOn":"2026-11-03"}
                        """.formatted(alienId))
                .json()
                .get("caseId")
                .asString();

        String metadata = jdbc.sql("SELECT convert_from(metadata, 'UTF8') FROM domainevententry"
                        + " WHERE aggregateidentifier = :id")
                .param("id", caseId)
                .query(String.class)
                .single();
        assertThat(metadata)
                .contains("\"userId\":\"u-dtenv-1\"")
                .contains("\"role\":\"DTENV\"")
                .contains("\"organisation\":\"DTENV\"")
                .contains("\"correlationId\":\"corr-e2e-2\"")
                .contains("\"causationId\":");
    }

    @Test
    void givenAnUnknownCase_whenRead_then404ProblemDetail() {
        Http.Response response = Http.asDtenv(port).get("/v1/cases/7d6f0f34-2a4e-4d5b-9a43-3f2a3a9d1c11");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    static String registerAlien(Http http) {
        Http.Response registered = http.post("/v1/aliens", """
                {"givenNames":"Amal","surname":"Haddad","dateOfBirth":"1991-06-15",
                 "claimedNationality":"SYR","unaccompaniedMinor":false,"familyMembers":[],"registeredOn":"2026-11-01"}
                """);
        assertThat(registered.status()).isEqualTo(201);
        return registered.json().get("alienId").asString();
    }
}
