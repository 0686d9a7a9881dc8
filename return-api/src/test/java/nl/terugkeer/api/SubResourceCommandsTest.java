package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Every command is a POST on a sub-resource of its case or person; the sub-resource's GET is its history. */
@ReturnApiTest
class SubResourceCommandsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void givenACase_whenInstrumentsArePostedAsSubResources_thenTheyAreRecordedAndListed() {
        Http dtenv = Http.asDtenv(port);
        String alienId = CaseLifecycleEndToEndTest.registerAlien(dtenv);
        String caseId = dtenv.post("/v1/cases", """
                        {"alienId":"%s","source":"IND","reason":"rejected","signalledOn":"2026-10-01"}
                        """.formatted(alienId))
                .json()
                .get("caseId")
                .asString();
        String cases = "/v1/cases/" + caseId;

        Http.Response assigned = dtenv.post(
                cases + "/case-manager-assignments", "{\"caseManager\":\"rv-9\",\"assignedOn\":\"2026-10-02\"}");
        assertThat(assigned.status()).isEqualTo(201);
        assertThat(assigned.json().get("recorded").asString()).isEqualTo("CaseManagerAssigned");
        assertThat(dtenv.post(cases + "/obstacles", """
                                {"type":"NO_TRAVEL_DOCUMENT","description":"no passport","registeredOn":"2026-10-03"}
                                """).status()).isEqualTo(201);

        JsonNode entries = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> dtenv.get(cases + "/obstacles"),
                        r -> r.status() == 200 && r.json().get("entries").size() == 1)
                .json()
                .get("entries");
        assertThat(entries.get(0).get("eventType").asString()).isEqualTo("ObstacleRegistered");
        assertThat(entries.get(0).get("userId").asString()).isEqualTo("u-dtenv-1");
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        dtenv.get(cases).json().path("caseManager").asString("").equals("rv-9"));
    }

    @Test
    void givenAPerson_whenAsylumIsFiledAndRejectedAsSubResources_thenTheLegalPositionShowsTheTerm() {
        Http dtenv = Http.as(port, "IND"); // the IND records the person's legal position
        String aliens = "/v1/aliens/" + CaseLifecycleEndToEndTest.registerAlien(Http.asDtenv(port));

        assertThat(dtenv.post(aliens + "/asylum-applications", "{\"kind\":\"FIRST\",\"filedOn\":\"2026-05-01\"}")
                        .status())
                .isEqualTo(201);
        assertThat(dtenv.post(aliens + "/asylum-decisions", """
                                {"outcome":"REJECTED","departureTerm":{"days":28,"startsOn":"2026-07-01"},
                                 "decidedOn":"2026-07-01"}
                                """).status()).isEqualTo(201);

        JsonNode position = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> dtenv.get(aliens),
                        r -> r.status() == 200
                                && r.json()
                                        .get("legalPosition")
                                        .get("departureTermEndsOn")
                                        .isString())
                .json()
                .get("legalPosition");
        assertThat(position.get("departureTermEndsOn").asString()).isEqualTo("2026-07-29");
        assertThat(await().atMost(Duration.ofSeconds(10))
                        .until(
                                () -> dtenv.get(aliens + "/asylum-decisions"),
                                r -> r.json().get("entries").size() == 1)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void givenBadSubResourceRequests_whenPosted_thenProblemsAndNothingStored() {
        Http dtenv = Http.as(port, "IND"); // the IND records the person's legal position
        String aliens = "/v1/aliens/" + CaseLifecycleEndToEndTest.registerAlien(Http.asDtenv(port));
        long before = jdbc.sql("SELECT count(*) FROM domainevententry")
                .query(Long.class)
                .single();

        assertThat(dtenv.post(aliens + "/no-such-thing", "{}").status()).isEqualTo(404);
        Http.Response idInBody = dtenv.post(
                aliens + "/asylum-applications", "{\"alienId\":\"x\",\"kind\":\"FIRST\",\"filedOn\":\"2026-05-01\"}");
        assertThat(idInBody.status()).isEqualTo(400);
        assertThat(idInBody.json().get("detail").asString()).contains("alienId");
        Http.Response badEnum =
                dtenv.post(aliens + "/asylum-applications", "{\"kind\":\"THIRD\",\"filedOn\":\"2026-05-01\"}");
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.json().get("detail").asString()).contains("kind");
        assertThat(dtenv.post(aliens + "/asylum-applications", "[1,2]").status())
                .isEqualTo(400);
        Http.Response refused = dtenv.post(aliens + "/asylum-decisions", """
                {"outcome":"REJECTED","departureTerm":{"days":28,"startsOn":"2026-07-01"},"decidedOn":"2026-07-01"}
                """);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }
}
