package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import tools.jackson.databind.JsonNode;

/**
 * A case history told through the REST API as it is recorded: the IND records the person's legal position, DTenV
 * the case; the answers are read back as DTenV.
 */
final class Scenario {

    final Http http;
    private final Http ind;
    String alienId;
    String caseId;

    /** A first asylum application filed on 1 February 2026. */
    static final String FILED = "{\"kind\":\"FIRST\",\"filedOn\":\"2026-02-01\"}";
    /** Its rejection on 1 May 2026 with a term of 28 days: the last day is 29 May. */
    static final String REJECTED_28 = """
            {"outcome":"REJECTED","departureTerm":{"days":28,"startsOn":"2026-05-01"},"decidedOn":"2026-05-01"}""";

    private Scenario(int port) {
        this.http = Http.asDtenv(port);
        this.ind = Http.as(port, "IND");
    }

    /** A registered adult without family, or with the given children's dates of birth. */
    static Scenario person(int port, boolean unaccompaniedMinor, String dateOfBirth, String... children) {
        Scenario s = new Scenario(port);
        StringBuilder family = new StringBuilder();
        for (String child : children) {
            family.append(family.isEmpty() ? "" : ",")
                    .append("{\"relationship\":\"CHILD\",\"dateOfBirth\":\"")
                    .append(child)
                    .append("\"}");
        }
        Http.Response registered = s.http.post("/v1/aliens", """
                {"givenNames":"Test","surname":"Persoon","dateOfBirth":"%s","claimedNationality":"AFG",
                 "unaccompaniedMinor":%s,"familyMembers":[%s],"registeredOn":"2026-01-05"}
                """.formatted(dateOfBirth, unaccompaniedMinor, family));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        s.alienId = registered.json().get("alienId").asString();
        return s;
    }

    static Scenario adult(int port) {
        return person(port, false, "1990-01-01");
    }

    Scenario onPerson(String subResource, String body) {
        Http.Response response = ind.post("/v1/aliens/" + alienId + "/" + subResource, body);
        assertThat(response.status()).as(subResource + ": " + response.body()).isEqualTo(201);
        return this;
    }

    /** Signals the case on 2026-01-10 and waits until the person's entitlement knows about it. */
    Scenario signal() {
        Http.Response response = http.post("/v1/cases", """
                {"alienId":"%s","source":"IND","reason":"asylum rejected","signalledOn":"2026-01-10"}
                """.formatted(alienId));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        caseId = response.json().get("caseId").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/v1/aliens/" + alienId + "/entitlement-periods")
                .body()
                .contains(caseId));
        return this;
    }

    Scenario onCase(String subResource, String body) {
        Http.Response response = http.post("/v1/cases/" + caseId + "/" + subResource, body);
        assertThat(response.status()).as(subResource + ": " + response.body()).isEqualTo(201);
        return this;
    }

    JsonNode entitlementOn(String date) {
        Http.Response response = http.get("/v1/aliens/" + alienId + "/entitlement?geldigOp=" + date);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("entitlement");
    }

    JsonNode entitlementOn(String date, Instant knownAt) {
        return http.get("/v1/aliens/" + alienId + "/entitlement?geldigOp=" + date + "&beschikbaarOp=" + knownAt)
                .json()
                .get("entitlement");
    }

    /** Asserts the kind (or NONE with the refusal) on each date. */
    Scenario expect(String date, String kindOrRefusal) {
        JsonNode answer = entitlementOn(date);
        String actual = answer.get("entitled").asBoolean()
                ? answer.get("kind").asString()
                : "NONE:" + answer.get("refusal").asString();
        assertThat(actual).as("entitlement on " + date + ": " + answer).isEqualTo(kindOrRefusal);
        return this;
    }

    /** Waits until the periods projection has the given number of periods and returns them. */
    JsonNode periods(int count) {
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> http.get("/v1/aliens/" + alienId + "/entitlement-periods")
                                .json()
                                .get("periods"),
                        p -> p.size() == count);
    }

    static Instant now() {
        return Instant.now();
    }

    static String day(LocalDate date) {
        return date.toString();
    }
}
