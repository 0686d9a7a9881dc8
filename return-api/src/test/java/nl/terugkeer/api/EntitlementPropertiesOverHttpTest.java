package nl.terugkeer.api;

import static nl.terugkeer.api.Scenario.FILED;
import static nl.terugkeer.api.Scenario.REJECTED_28;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The properties of issue 8 (item 8), shown once over HTTP against PostgreSQL: the facts of different dates recorded
 * in two orders give the same periods, and the stored periods agree with the daily answers on every first and last
 * day. The generated histories of {@code EntitlementPropertiesTest} check the same on the model at scale.
 */
@ReturnApiTest
class EntitlementPropertiesOverHttpTest {

    private static final String EXTENDED = "{\"lastDay\":\"2026-06-12\",\"decidedOn\":\"2026-05-20\"}";
    private static final String MEANS = "{\"from\":\"2026-03-01\",\"until\":\"2026-03-31\"}";
    private static final String EQUATED = """
            {"category":"SAME_SITUATION_AS_ART_64","from":"2026-07-01","until":"2026-09-30"}""";
    private static final String ENTRY_BAN = "{\"durationInYears\":2,\"imposedOn\":\"2026-09-01\"}";

    @LocalServerPort
    int port;

    @Test
    void givenTheSameFactsRecordedInTwoOrders_whenThePeriodsAreRead_thenTheyAreEqualAndMatchTheDailyAnswers() {
        Scenario inDateOrder = Scenario.adult(port)
                .onPerson("asylum-applications", FILED)
                .onPerson("sufficient-means", MEANS)
                .onPerson("asylum-decisions", REJECTED_28)
                .onPerson("departure-term-extensions", EXTENDED)
                .onPerson("equated-categories", EQUATED)
                .onPerson("entry-bans", ENTRY_BAN);
        Scenario shuffled = Scenario.adult(port)
                .onPerson("entry-bans", ENTRY_BAN)
                .onPerson("equated-categories", EQUATED)
                .onPerson("asylum-applications", FILED)
                .onPerson("asylum-decisions", REJECTED_28)
                .onPerson("sufficient-means", MEANS)
                .onPerson("departure-term-extensions", EXTENDED);

        // reception Feb, none in March (means), reception Apr, term May-12 Jun, equated 1 Jul-31 Aug (entry ban)
        JsonNode periods = allFactsProjected(inDateOrder);
        assertThat(allFactsProjected(shuffled)).isEqualTo(periods);
        assertThat(periods.get(0).get("until").asString()).isEqualTo("2026-02-28");
        assertThat(periods.get(1).get("from").asString()).isEqualTo("2026-04-01");
        for (JsonNode period : periods) {
            for (String day : edges(period)) {
                assertThat(inDateOrder.entitlementOn(day).get("kind").asString())
                        .as("the answer on " + day + " inside " + period)
                        .isEqualTo(period.get("kind").asString());
            }
            String dayAfter =
                    LocalDate.parse(period.get("until").asString()).plusDays(1).toString();
            assertThat(inDateOrder.entitlementOn(dayAfter).get("kind").asString())
                    .as("the answer the day after " + period)
                    .isNotEqualTo(period.get("kind").asString());
        }
    }

    /** The periods once the last facts (the extension, the entry ban) are projected, whatever their order. */
    private static JsonNode allFactsProjected(Scenario s) {
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> s.periods(4),
                        p -> p.get(2).get("until").asString().equals("2026-06-12")
                                && p.get(3).get("until").asString().equals("2026-08-31"));
    }

    private static List<String> edges(JsonNode period) {
        List<String> days = new ArrayList<>();
        days.add(period.get("from").asString());
        days.add(period.get("until").asString());
        return days;
    }
}
