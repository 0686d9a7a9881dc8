package nl.terugkeer.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.terugkeer.api.Http;
import nl.terugkeer.api.ReturnApiTest;
import nl.terugkeer.projections.casehistory.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Need-to-know (issue 9, ADR 0021): health, trafficking and detention grounds reach IND, DTenV and auditors; a
 * municipality reading its own case sees that such facts exist, without their grounds. History payloads are JSON
 * objects.
 */
@ReturnApiTest
class NeedToKnowTest {

    private static final String OWN = "GM0363";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String alienId;
    private static String caseId;

    @LocalServerPort
    int port;

    /** A person with an art. 64 request and a reflection period; a case with a medical obstacle and a detention. */
    private synchronized void given() {
        if (caseId != null) {
            return;
        }
        Http dtenv = Http.asDtenv(port);
        Http ind = Http.as(port, "IND");
        String vNumber = String.valueOf(1_000_000_000L + (long) (Math.random() * 8_999_999_999L));
        alienId = dtenv.post("/v1/aliens", """
                        {"vNumber":"%s","givenNames":"Amal","surname":"Haddad","dateOfBirth":"1991-06-15",
                         "claimedNationality":"SYR","unaccompaniedMinor":false,"familyMembers":[],"registeredOn":"2026-01-01"}
                        """.formatted(vNumber))
                .json()
                .get("alienId")
                .asString();
        Http.Response signalled = Http.asGemeente(port, OWN).post("/v1/cases", """
                {"alienId":"%s","source":"MUNICIPALITY","municipalityCode":"%s","reason":"r","signalledOn":"2026-11-02"}
                """.formatted(alienId, OWN));
        assertThat(signalled.status()).as(signalled.body()).isEqualTo(201);
        caseId = signalled.json().get("caseId").asString();
        record(ind, "/v1/aliens/" + alienId + "/departure-deferral-requests", """
                {"ground":"UNFIT_TO_TRAVEL","requestedOn":"2026-11-03"}""");
        record(ind, "/v1/aliens/" + alienId + "/reflection-periods", """
                {"endsOn":"2027-01-31","grantedOn":"2026-11-04"}""");
        record(dtenv, "/v1/cases/" + caseId + "/obstacles", """
                {"type":"MEDICAL","description":"in treatment for a heart condition","registeredOn":"2026-11-05"}""");
        record(dtenv, "/v1/cases/" + caseId + "/obstacles", """
                {"type":"NO_TRAVEL_DOCUMENT","description":"no passport","registeredOn":"2026-11-05"}""");
        record(dtenv, "/v1/cases/" + caseId + "/detentions", """
                {"basis":"ART_59","ground":"ART_59_1_A","orderedOn":"2026-11-06","maximumEndOn":"2027-04-30"}""");
        record(dtenv, "/v1/cases/" + caseId + "/bma-advices", """
                {"permanentlyUnableToTravel":true,"advisedOn":"2026-11-07"}""");
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            JsonNode history = dtenv.get("/v1/cases/" + caseId + "/history").json();
            JsonNode status = dtenv.get("/v1/cases/" + caseId).json();
            if (!history.has("entries") || !status.has("openObstacles")) {
                return false; // not projected yet
            }
            List<String> types = history.get("entries")
                    .valueStream()
                    .map(e -> e.get("eventType").asString())
                    .toList();
            return types.containsAll(List.of(
                            "DepartureDeferralRequested",
                            "ReflectionPeriodGranted",
                            "BmaAdviceRecorded",
                            "DetentionOrdered"))
                    && status.get("openObstacles").size() == 2
                    && status.hasNonNull("detention");
        });
    }

    private static void record(Http http, String path, String body) {
        Http.Response response = http.post(path, body);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(201);
    }

    @ParameterizedTest(name = "{0} sees the grounds")
    @ValueSource(strings = {"DTENV", "AUDITOR"})
    void givenARoleThatNeedsToKnow_whenReadingTheCaseAndItsHistory_thenItSeesTheGrounds(String role) {
        given();
        Http http = Http.as(port, role);
        JsonNode status = http.get("/v1/cases/" + caseId).json();
        assertThat(status.get("openObstacles").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("MEDICAL", "NO_TRAVEL_DOCUMENT");
        assertThat(status.get("detention").get("ground").asString()).isEqualTo("ART_59_1_A");
        assertThat(status.has(NeedToKnow.SHIELDED)).isFalse();

        JsonNode entries = http.get("/v1/cases/" + caseId + "/history").json().get("entries");
        JsonNode deferral = entry(entries, "DepartureDeferralRequested");
        assertThat(deferral.get("payload").isObject())
                .as("the payload is a JSON object")
                .isTrue();
        assertThat(deferral.get("payload").get("ground").asString()).isEqualTo("UNFIT_TO_TRAVEL");
        assertThat(entry(entries, "ObstacleRegistered", "MEDICAL")
                        .get("payload")
                        .get("description")
                        .asString())
                .isEqualTo("in treatment for a heart condition");
        assertThat(entry(entries, "ReflectionPeriodGranted")
                        .get("payload")
                        .get("endsOn")
                        .asString())
                .isEqualTo("2027-01-31");
        assertThat(entry(entries, "BmaAdviceRecorded")
                        .get("payload")
                        .get("permanentlyUnableToTravel")
                        .asBoolean())
                .isTrue();
        assertThat(entries.valueStream().filter(e -> e.has(NeedToKnow.SHIELDED)))
                .isEmpty();
    }

    @Test
    void givenAMunicipality_whenReadingItsOwnCase_thenItSeesThatSpecialFactsExistButNotTheirGrounds() {
        given();
        Http municipality = Http.asGemeente(port, OWN);

        JsonNode status = municipality.get("/v1/cases/" + caseId).json();
        assertThat(status.get("openObstacles").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(NeedToKnow.SHIELDED_VALUE, "NO_TRAVEL_DOCUMENT");
        assertThat(status.get("detention").get("basis").asString()).isEqualTo("ART_59");
        assertThat(status.get("detention").has("ground")).isFalse();
        assertThat(status.get(NeedToKnow.SHIELDED).asBoolean()).isTrue();
        assertThat(status.get(NeedToKnow.HIDDEN_FIELDS).valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("openObstacles[].type", "detention.ground");

        Http.Response history = municipality.get("/v1/cases/" + caseId + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body())
                .doesNotContain("UNFIT_TO_TRAVEL")
                .doesNotContain("heart condition")
                .doesNotContain("ART_59_1_A")
                .doesNotContain("ReflectionPeriodGranted")
                .doesNotContain("2027-01-31");
        JsonNode entries = history.json().get("entries");
        assertThat(entries)
                .hasSameSizeAs(Http.asDtenv(port)
                        .get("/v1/cases/" + caseId + "/history")
                        .json()
                        .get("entries"));
        JsonNode deferral = entry(entries, "DepartureDeferralRequested");
        assertThat(deferral.get(NeedToKnow.SHIELDED).asBoolean()).isTrue();
        assertThat(deferral.get(NeedToKnow.HIDDEN_FIELDS).valueStream().map(JsonNode::asString))
                .containsExactly("ground");
        assertThat(deferral.get("payload").get("requestedOn").asString()).isEqualTo("2026-11-03");
        assertThat(entry(entries, NeedToKnow.SHIELDED_VALUE).get("businessDate").isNull())
                .as("the reflection period is a shielded fact, type and all")
                .isTrue();
        JsonNode bma = entry(entries, "BmaAdviceRecorded");
        assertThat(bma.get("payload").has("permanentlyUnableToTravel")).isFalse();
        assertThat(bma.get(NeedToKnow.HIDDEN_FIELDS).valueStream().map(JsonNode::asString))
                .containsExactly("permanentlyUnableToTravel");
        JsonNode passport = entry(entries, "ObstacleRegistered", "NO_TRAVEL_DOCUMENT");
        assertThat(passport.has(NeedToKnow.SHIELDED)).isFalse();
        assertThat(passport.get("payload").get("description").asString()).isEqualTo("no passport");

        Http.Response obstacles = municipality.get("/v1/cases/" + caseId + "/obstacles");
        assertThat(obstacles.body()).doesNotContain("heart condition").contains("no passport");
        assertThat(municipality.get("/v1/cases/" + caseId + "/detentions").body())
                .doesNotContain("ART_59_1_A")
                .contains("ART_59");
    }

    @ParameterizedTest(name = "{0} reads the person with the reflection period")
    @ValueSource(strings = {"IND", "DTENV", "AUDITOR"})
    void givenARoleThatNeedsToKnow_whenReadingThePerson_thenItSeesTheReflectionPeriod(String role) {
        given();
        Http http = Http.as(port, role);
        JsonNode person = await().atMost(Duration.ofSeconds(10))
                .until(() -> http.get("/v1/aliens/" + alienId).json(), p -> p.get("legalPosition")
                        .hasNonNull("reflectionPeriodEndsOn"));
        assertThat(person.has(NeedToKnow.SHIELDED)).isFalse();
        JsonNode entries = http.get("/v1/aliens/" + alienId + "/departure-deferral-requests")
                .json()
                .get("entries");
        assertThat(entries.get(0).get("payload").get("ground").asString()).isEqualTo("UNFIT_TO_TRAVEL");
    }

    @Test
    void givenARoleWithoutNeedToKnow_whenViewingAPersonOrAnEntry_thenTheGroundsAreLeftOut() {
        NeedToKnow municipality = NeedToKnow.of(Optional.of(Role.GEMEENTE), JSON);
        NeedToKnow nobody = NeedToKnow.of(Optional.empty(), JSON);
        for (NeedToKnow view : List.of(municipality, nobody)) {
            JsonNode person = view.person(Map.of(
                    "legalPosition",
                    Map.of("permitKind", "HUMAN_TRAFFICKING", "reflectionPeriodEndsOn", "2027-01-31"),
                    "deferralInForce",
                    false));
            assertThat(person.get("legalPosition").has("permitKind")).isFalse();
            assertThat(person.get("legalPosition").has("reflectionPeriodEndsOn"))
                    .isFalse();
            assertThat(person.get(NeedToKnow.SHIELDED).asBoolean()).isTrue();

            NeedToKnow.HistoryEntryView permit = view.historyEntry(
                    entry("ResidencePermitGranted", "{\"kind\":\"HUMAN_TRAFFICKING\",\"validFrom\":\"2026-11-01\"}"));
            assertThat(permit.verborgenVelden()).isEqualTo(List.of("kind"));
            NeedToKnow.HistoryEntryView regular = view.historyEntry(
                    entry("ResidencePermitGranted", "{\"kind\":\"REGULAR\",\"validFrom\":\"2026-11-01\"}"));
            assertThat(regular.afgeschermd()).isNull();
            NeedToKnow.HistoryEntryView extension = view.historyEntry(
                    entry("DetentionExtended", "{\"reason\":\"NON_COOPERATION\",\"extendedUntil\":\"2027-06-30\"}"));
            assertThat(extension.payload().has("reason")).isFalse();
        }
        assertThat(NeedToKnow.of(Optional.of(Role.IND), JSON)
                        .historyEntry(entry("ResidencePermitGranted", "{\"kind\":\"HUMAN_TRAFFICKING\"}"))
                        .afgeschermd())
                .isNull();
    }

    private static HistoryEntry entry(String type, String payload) {
        return new HistoryEntry(
                UUID.randomUUID().toString(),
                "Alien",
                UUID.randomUUID(),
                1,
                type,
                LocalDate.parse("2026-11-01"),
                Instant.parse("2026-11-01T10:00:00Z"),
                "u-1",
                "IND",
                "IND",
                "c",
                "c",
                null,
                null,
                payload);
    }

    private static JsonNode entry(JsonNode entries, String type) {
        return entries.valueStream()
                .filter(e -> e.get("eventType").asString().equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + entries));
    }

    private static JsonNode entry(JsonNode entries, String type, String obstacleType) {
        return entries.valueStream()
                .filter(e -> e.get("eventType").asString().equals(type))
                .filter(e -> obstacleType.equals(
                        e.get("payload").has("type")
                                ? e.get("payload").get("type").asString()
                                : "MEDICAL"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " " + obstacleType + " in " + entries));
    }
}
