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
 * Family changes after the registration, through the API on the real PostgreSQL (issue 8 item 3): a child born keeps
 * the family a family with minor children, a member leaving ends it, and a correction withdraws a leaving.
 */
@ReturnApiTest
class FamilyChangesTest {

    @LocalServerPort
    int port;

    @Test
    void givenAnOnlyChildWhoTurned18_whenABabyIsBorn_thenTheFamilyLocationOpensAndLastsUntilTheBabyIs18() {
        Scenario s = Scenario.person(port, false, "1985-01-01", "2008-06-01")
                .onPerson("asylum-applications", FILED)
                .onPerson("asylum-decisions", REJECTED_28)
                .signal();
        Http dtenv = Http.asDtenv(port);
        Http ind = Http.as(port, "IND");
        String person = "/v1/aliens/" + s.alienId;

        Http.Response refused =
                dtenv.post("/v1/cases/" + s.caseId + "/family-location-placements", "{\"placedOn\":\"2026-07-01\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("FAMILY_LOCATION_NEEDS_MINOR_CHILDREN");

        String birth = """
                {"relationship":"CHILD","dateOfBirth":"2026-08-14","kind":"BORN","joinedOn":"2026-08-14"}""";
        assertThat(dtenv.post(person + "/family-member-joinings", birth).status())
                .as("a person command is the IND's")
                .isEqualTo(403);
        Http.Response born = ind.post(person + "/family-member-joinings", birth);
        assertThat(born.status()).as(born.body()).isEqualTo(201);
        assertThat(born.json().get("recorded").asString()).isEqualTo("FamilyMemberJoined");
        assertThat(born.header("ETag")).isEqualTo("\"3\"");

        s.onCase("family-location-placements", "{\"placedOn\":\"2026-09-01\"}")
                .expect("2026-09-01", "FAMILY_LOCATION")
                .expect("2044-08-13", "FAMILY_LOCATION");
        assertThat(s.entitlementOn("2044-08-14").get("entitled").asBoolean()).isFalse();

        JsonNode joinings = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> ind.get(person + "/family-member-joinings"),
                        r -> r.json().get("entries").size() == 1)
                .json()
                .get("entries");
        assertThat(joinings.get(0).get("sequence").asLong()).isEqualTo(3);
        assertThat(joinings.get(0).get("businessDate").asString()).isEqualTo("2026-08-14");
    }

    @Test
    void givenAFamilyWithOneMinorChild_whenTheChildMovesOut_thenDetentionIsNoLongerCappedAtTwoWeeks() {
        Scenario s = Scenario.person(port, false, "1985-01-01", "2015-03-03").signal();
        Http dtenv = Http.asDtenv(port);
        Http ind = Http.as(port, "IND");
        String person = "/v1/aliens/" + s.alienId;
        String threeWeeks = """
                {"basis":"ART_59","ground":"ART_59_1_A","orderedOn":"2026-10-05","maximumEndOn":"2026-10-25"}""";

        Http.Response capped = dtenv.post("/v1/cases/" + s.caseId + "/detentions", threeWeeks);
        assertThat(capped.status()).as(capped.body()).isEqualTo(422);
        assertThat(capped.json().get("code").asString()).isEqualTo("DETENTION_TOO_LONG");

        Http.Response unknown = ind.post(person + "/family-member-leavings", """
                {"memberSequence":0,"memberPosition":2,"reason":"MOVED_OUT","leftOn":"2026-10-01"}""");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.json().get("code").asString()).isEqualTo("FAMILY_MEMBER_UNKNOWN");
        String movesOut = """
                {"memberSequence":0,"memberPosition":1,"reason":"MOVED_OUT","leftOn":"2026-10-01"}""";
        Http.Response left = ind.post(person + "/family-member-leavings", movesOut);
        assertThat(left.status()).as(left.body()).isEqualTo(201);
        assertThat(left.json().get("recorded").asString()).isEqualTo("FamilyMemberLeft");
        Http.Response twice = ind.post(person + "/family-member-leavings", movesOut);
        assertThat(twice.status()).as(twice.body()).isEqualTo(422);
        assertThat(twice.json().get("code").asString()).isEqualTo("FAMILY_MEMBER_NOT_PRESENT");

        Http.Response ordered = dtenv.post("/v1/cases/" + s.caseId + "/detentions", threeWeeks);
        assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);

        Http.Response withdrawn = ind.post(person + "/corrections", """
                {"correctedSequence":1,"reason":"the child still lives with the family","correctedOn":"2026-10-06"}""");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(201);
        Http.Response extendedBeyondTwoWeeks = dtenv.post("/v1/cases/" + s.caseId + "/detention-extensions", """
                {"extendedUntil":"2026-10-26","extendedOn":"2026-10-06"}""");
        assertThat(extendedBeyondTwoWeeks.status())
                .as("the family limit applies again once the leaving is withdrawn: " + extendedBeyondTwoWeeks.body())
                .isEqualTo(422);
        assertThat(extendedBeyondTwoWeeks.json().get("code").asString()).isEqualTo("DETENTION_EXTENSION_TOO_LONG");
    }
}
