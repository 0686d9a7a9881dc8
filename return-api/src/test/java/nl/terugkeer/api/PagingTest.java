package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Lists are paged in SQL: a page holds at most pageSize entries, with links to its neighbours and no silent cap. */
@ReturnApiTest
class PagingTest {

    @LocalServerPort
    int port;

    @Test
    void givenThreeCheckIns_whenPagedByTwo_thenTwoThenOneWithLinks_andAPagePastTheEndIsEmpty() {
        Scenario s = Scenario.adult(port).signal().onCase("reporting-obligations", """
                {"frequency":"WEEKLY","imposedOn":"2026-03-09"}""");
        for (String day : new String[] {"2026-03-16", "2026-03-23", "2026-03-30"}) {
            s.onCase("check-ins", "{\"checkedInOn\":\"" + day + "\"}");
        }
        String path = "/v1/cases/" + s.caseId + "/check-ins";
        JsonNode first = await().atMost(Duration.ofSeconds(10))
                .until(() -> s.http.get(path + "?pageSize=2").json(), page -> page.get("_links")
                        .has("next"));
        assertThat(first.get("entries")).hasSize(2);
        assertThat(first.get("entries").get(0).get("businessDate").asString()).isEqualTo("2026-03-16");
        assertThat(first.get("_links").has("prev")).isFalse();

        JsonNode second = s.http.get(first.get("_links").get("next").get("href").asString())
                .json();
        assertThat(second.get("entries")).hasSize(1);
        assertThat(second.get("entries").get(0).get("businessDate").asString()).isEqualTo("2026-03-30");
        assertThat(second.get("_links").has("next")).isFalse();
        assertThat(second.get("_links").get("prev").get("href").asString()).isEqualTo(path + "?page=1&pageSize=2");

        Http.Response beyond = s.http.get(path + "?page=3&pageSize=2");
        assertThat(beyond.status()).isEqualTo(200);
        assertThat(beyond.json().get("entries")).isEmpty();
    }

    @Test
    void givenACaseHistory_whenAPagePastItsEndIsAsked_then200Empty_andForAnUnknownCase404() {
        Scenario s = Scenario.adult(port).signal();
        String history = "/v1/cases/" + s.caseId + "/history";
        await().atMost(Duration.ofSeconds(10)).until(() -> s.http.get(history).status() == 200);

        Http.Response beyond = s.http.get(history + "?page=50&pageSize=10");
        assertThat(beyond.status()).isEqualTo(200);
        assertThat(beyond.json().get("entries")).isEmpty();
        assertThat(s.http.get("/v1/cases/" + UUID.randomUUID() + "/history?page=2")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void givenTwoCasesOfOneCaseManager_whenTheWorkListIsPagedByOne_thenEachPageHoldsOneAndLinksTheNext() {
        String manager = "rv-paging-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 2; i++) {
            Scenario.adult(port).signal().onCase("case-manager-assignments", """
                    {"caseManager":"%s","assignedOn":"2026-03-01"}""".formatted(manager));
        }
        Http dtenv = Http.asDtenv(port);
        String list = "/v1/work-lists?caseManager=" + manager;
        JsonNode first = await().atMost(Duration.ofSeconds(10))
                .until(() -> dtenv.get(list + "&pageSize=1").json(), page -> page.get("_links")
                        .has("next"));
        assertThat(first.get("cases")).hasSize(1);
        JsonNode second = dtenv.get(first.get("_links").get("next").get("href").asString())
                .json();
        assertThat(second.get("cases")).hasSize(1);
        assertThat(second.get("cases").get(0).get("caseId"))
                .isNotEqualTo(first.get("cases").get(0).get("caseId"));
        assertThat(second.get("_links").has("next")).isFalse();
        assertThat(dtenv.get(list + "&pageSize=501").status()).isEqualTo(400);
    }
}
