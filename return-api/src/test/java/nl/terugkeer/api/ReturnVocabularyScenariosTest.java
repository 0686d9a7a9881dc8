package nl.terugkeer.api;

import static nl.terugkeer.api.Scenario.FILED;
import static nl.terugkeer.api.Scenario.REJECTED_28;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The rest of issue 8's vocabulary over HTTP against PostgreSQL, at its boundaries: the means test (Rva 2005 art. 2),
 * the extension of a departure term (Vw art. 62(3)), a return decision outside asylum (Vw art. 62a) and the family
 * location after its term, the area restriction (Vw art. 56) as a measure of its own, the representative, and the
 * municipality's part in a departure interview.
 */
@ReturnApiTest
class ReturnVocabularyScenariosTest {

    @LocalServerPort
    int port;

    @Test
    void givenSufficientMeansFromAprilThroughJune_whenAsked_thenNoRvaReceptionExactlyThenAndAGapInThePeriods() {
        Scenario s = Scenario.adult(port)
                .onPerson("asylum-applications", FILED)
                .onPerson("sufficient-means", "{\"from\":\"2026-04-01\",\"until\":\"2026-06-30\"}");

        s.expect("2026-03-31", "ASYLUM_RECEPTION")
                .expect("2026-04-01", "NONE:SUFFICIENT_MEANS")
                .expect("2026-06-30", "NONE:SUFFICIENT_MEANS")
                .expect("2026-07-01", "ASYLUM_RECEPTION");
        JsonNode answer = s.entitlementOn("2026-05-01");
        assertThat(answer.get("legalBasis").asString()).isEqualTo("Rva 2005 art. 2");
        assertThat(answer.get("explanation").asString()).contains("tot en met 30 juni 2026");
        JsonNode periods = s.periods(2);
        assertThat(periods.get(0).get("until").asString()).isEqualTo("2026-03-31");
        assertThat(periods.get(1).get("from").asString()).isEqualTo("2026-07-01");
    }

    @Test
    void givenATermExtendedTo12June_whenAsked_thenTheTermRunsThroughItsNewLastDay() {
        Scenario s = Scenario.adult(port)
                .onPerson("asylum-applications", FILED)
                .onPerson("asylum-decisions", REJECTED_28)
                .onPerson("departure-term-extensions", "{\"lastDay\":\"2026-06-12\",\"decidedOn\":\"2026-05-20\"}");

        s.expect("2026-05-30", "DEPARTURE_TERM")
                .expect("2026-06-12", "DEPARTURE_TERM")
                .expect("2026-06-13", "NONE:DEPARTURE_TERM_ENDED");
        assertThat(s.entitlementOn("2026-06-01").get("validUntil").asString()).isEqualTo("2026-06-12");
        // the count is 2 before the extension is projected too: wait for the extended last day itself
        await().atMost(Duration.ofSeconds(10))
                .until(() -> s.periods(2).get(1).get("until").asString().equals("2026-06-12"));
    }

    @Test
    void givenAFamilyWithAReturnDecisionOutsideAsylum_whenItsTermEnds_thenTheFamilyLocationFromTheNextDay() {
        Scenario s = Scenario.person(port, false, "1985-01-01", "2015-03-03").onPerson("return-decisions", """
                {"occasion":"APPREHENDED_IN_SUPERVISION","departureTerm":{"days":28,"startsOn":"2026-08-03"},
                 "issuedOn":"2026-08-03"}""");

        s.expect("2026-08-31", "NONE:NO_ENTITLING_FACT").expect("2026-09-01", "FAMILY_LOCATION");
        assertThat(s.entitlementOn("2026-09-01").get("validUntil").asString()).isEqualTo("2033-03-02");
    }

    @Test
    void givenAnAdultWithAReturnDecisionOutsideAsylum_whenAsked_thenNoRvaReceptionAndTheTermInTheOverview() {
        Scenario s = Scenario.adult(port).onPerson("return-decisions", """
                {"occasion":"PERMIT_WITHDRAWN","departureTerm":{"days":14,"startsOn":"2026-08-03"},
                 "issuedOn":"2026-08-03"}""");

        s.expect("2026-08-03", "NONE:NO_ENTITLING_FACT");
        JsonNode overview = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> s.http.get("/v1/aliens/" + s.alienId).json().path("legalPosition"),
                        p -> p.path("departureTermEndsOn").asString("").equals("2026-08-17"));
        assertThat(overview.get("departureTermDays").asInt()).isEqualTo(14);
    }

    @Test
    void givenAnAreaRestriction_whenTheCaseIsRead_thenItIsAMeasureOfItsOwnUntilLifted() {
        Scenario s = Scenario.adult(port).signal().onCase("area-restrictions", """
                {"kind":"STAY_IN_AREA","area":"GM0363","imposedOn":"2026-05-04","lastDay":"2026-07-27"}""");

        // a case signalled a moment ago may still be 404 (no activeMeasures) until its projection has it
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> s.http.get("/v1/cases/" + s.caseId)
                .json()
                .get("activeMeasures")
                .toString()
                .contains("AREA_RESTRICTION"));
        s.onCase("area-restriction-lifts", "{\"reason\":\"WILLING_AND_ABLE_TO_LEAVE\",\"liftedOn\":\"2026-07-27\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> !s.http.get("/v1/cases/" + s.caseId)
                .json()
                .get("activeMeasures")
                .toString()
                .contains("AREA_RESTRICTION"));
        Http.Response tooLate = s.http.post("/v1/cases/" + s.caseId + "/area-restriction-lifts", """
                {"reason":"OTHER","liftedOn":"2026-07-28"}""");
        assertThat(tooLate.status()).isEqualTo(422);
        assertThat(tooLate.body()).contains("NO_AREA_RESTRICTION_IN_FORCE");
    }

    @Test
    void givenARepresentativeAndAnInterviewWithTheMunicipality_whenListed_thenBothAreRecordedAsSent() {
        Scenario s =
                Scenario.adult(port).onPerson("representatives", """
                        {"kind":"LAWYER","representativeName":"mr. A. de Advocaat","from":"2026-02-14"}""").signal().onCase("departure-interviews", """
                        {"willingToCooperate":false,"heldOn":"2026-03-02","participatingMunicipality":"GM0599"}""");

        assertThat(listed("/v1/aliens/" + s.alienId + "/representatives", s))
                .contains("mr. A. de Advocaat")
                .contains("LAWYER");
        assertThat(listed("/v1/cases/" + s.caseId + "/departure-interviews", s)).contains("GM0599");
        Http.Response badCode = s.http.post("/v1/cases/" + s.caseId + "/departure-interviews", """
                {"willingToCooperate":true,"heldOn":"2026-03-03","participatingMunicipality":"0599"}""");
        assertThat(badCode.status()).isEqualTo(400);
    }

    /** A sub-resource's entries once the history projection has them. */
    private static String listed(String path, Scenario s) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> s.http.get(path).body(), body -> !body.contains("\"entries\":[]"));
    }
}
