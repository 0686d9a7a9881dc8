package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The findings of the OpenAPI-driven fuzzing in issue 14, each as a test that failed before: none of these requests
 * may get a 500 or an error body that is not problem+json.
 */
@ReturnApiTest
class FuzzFindingsTest {

    @LocalServerPort
    int port;

    @Test
    void givenAPageNumberNearTheIntegerMaximum_whenListed_thenAnEmptyPageNotA500() {
        Http dtenv = Http.asDtenv(port);
        String alienId = CaseLifecycleEndToEndTest.registerAlien(dtenv);
        String caseId = dtenv.post("/v1/cases", """
                        {"alienId":"%s","source":"POLICE","reason":"paging","signalledOn":"2026-10-01"}
                        """.formatted(alienId))
                .json()
                .get("caseId")
                .asString();

        await().atMost(Duration.ofSeconds(10))
                .until(() -> dtenv.get("/v1/cases/" + caseId + "/history").status() == 200);

        Http.Response page = dtenv.get("/v1/cases/" + caseId + "/history?page=2147483646&pageSize=500");

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json().get("entries")).isEmpty();
    }

    @Test
    void givenAnAccessLogPageNearTheIntegerMaximum_whenRead_thenAnEmptyPageNotA500() {
        Http.Response page = Http.as(port, "AUDITOR").get("/v1/access-log?page=2147483646&pageSize=100");

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json().get("entries")).isEmpty();
    }

    @Test
    void givenIfMatchOnACaseThatDoesNotExist_whenACommandIsSent_thenNotFoundOrPreconditionFailedAsProblem() {
        Http.Response response = Http.asDtenv(port)
                .header("If-Match", "\"3\"")
                .post("/v1/cases/" + UUID.randomUUID() + "/case-manager-assignments", """
                        {"caseManager":"rv-1","assignedOn":"2026-03-01"}""");

        assertThat(response.status()).as(response.body()).isIn(404, 412);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void givenAMalformedQueryValue_whenRead_thenABadRequestAsProblem() {
        Http.Response response = Http.asDtenv(port).get("/v1/work-lists?page=abc");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void givenTheQueryMethod_whenSentToASearch_thenMethodNotAllowed() {
        Http.Response response = Http.asDtenv(port).send("QUERY", "/v1/cases/_zoek");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
