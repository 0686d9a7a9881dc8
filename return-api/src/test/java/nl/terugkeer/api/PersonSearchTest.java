package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Searching by V-number or name is a POST with the criteria in the body. */
@ReturnApiTest
class PersonSearchTest {

    @LocalServerPort
    int port;

    @Test
    void givenARegisteredPersonWithACase_whenSearchedByVNumberOrName_thenThePersonAndTheCaseAreFound() {
        Http dtenv = Http.asDtenv(port);
        String vNumber = String.valueOf(1_000_000_000L + (long) (Math.random() * 8_999_999_999L));
        String surname = "Zoekmij" + vNumber.substring(0, 4);
        String alienId = dtenv.post("/v1/aliens", """
                        {"vNumber":"%s","givenNames":"Sara","surname":"%s","dateOfBirth":"1993-03-03",
                         "claimedNationality":"ERI","unaccompaniedMinor":false,"familyMembers":[],"registeredOn":"2026-11-01"}
                        """.formatted(vNumber, surname))
                .json()
                .get("alienId")
                .asString();
        String caseId = dtenv.post("/v1/cases", """
                        {"alienId":"%s","source":"DTENV","reason":"self-reporter","signalledOn":"2026-11-02"}
                        """.formatted(alienId))
                .json()
                .get("caseId")
                .asString();

        Http.Response byNumber = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> dtenv.post("/v1/aliens/_zoek", "{\"vNumber\":\"" + vNumber + "\"}"),
                        r -> r.status() == 200 && r.json().get("persons").size() == 1);
        assertThat(byNumber.json().get("persons").get(0).get("alienId").asString())
                .isEqualTo(alienId);
        assertThat(dtenv.post(
                                "/v1/aliens/_zoek",
                                "{\"surname\":\"" + surname.toUpperCase() + "\",\"dateOfBirth\":\"1993-03-03\"}")
                        .json()
                        .get("persons")
                        .size())
                .isEqualTo(1);
        Http.Response cases = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> dtenv.post("/v1/cases/_zoek", "{\"vNumber\":\"" + vNumber + "\"}"),
                        r -> r.status() == 200 && r.json().get("cases").size() == 1);
        assertThat(cases.json().get("cases").get(0).get("caseId").asString()).isEqualTo(caseId);
    }

    @Test
    void givenNoUsableCriteria_whenSearching_then400AndAnalystsMayNotSearch() {
        Http dtenv = Http.asDtenv(port);
        assertThat(dtenv.post("/v1/aliens/_zoek", "{}").status()).isEqualTo(400);
        assertThat(dtenv.post("/v1/aliens/_zoek", "{\"vNumber\":\"12ab\"}").status())
                .isEqualTo(400);
        assertThat(Http.as(port, "ANALYST")
                        .post("/v1/aliens/_zoek", "{\"surname\":\"X\"}")
                        .status())
                .isEqualTo(403);
    }
}
