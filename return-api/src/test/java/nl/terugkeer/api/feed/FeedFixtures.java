package nl.terugkeer.api.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.terugkeer.api.Http;
import tools.jackson.databind.JsonNode;

/** Persons, cases and feed reads over HTTP, and the JSON Schema check of events. */
final class FeedFixtures {

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private final int port;

    FeedFixtures(int port) {
        this.port = port;
    }

    String person() {
        Http.Response registered = Http.asDtenv(port).post("/v1/aliens", """
                {"givenNames":"Test","surname":"Persoon","dateOfBirth":"1990-01-01","claimedNationality":"AFG",
                 "unaccompaniedMinor":false,"familyMembers":[],"registeredOn":"2026-01-05"}
                """);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("alienId").asString();
    }

    /** A case signalled by the municipality for itself. */
    String caseIn(String municipality, String alienId) {
        Http.Response signalled =
                Http.asGemeente(port, municipality).post("/v1/cases", """
                {"alienId":"%s","source":"MUNICIPALITY","municipalityCode":"%s","reason":"r",
                 "signalledOn":"2026-01-10"}""".formatted(alienId, municipality));
        assertThat(signalled.status()).as(signalled.body()).isEqualTo(201);
        return signalled.json().get("caseId").asString();
    }

    void onCase(String caseId, String subResource, String body) {
        Http.Response response = Http.asDtenv(port).post("/v1/cases/" + caseId + "/" + subResource, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    void assignManager(String caseId) {
        onCase(caseId, "case-manager-assignments", "{\"caseManager\":\"rv-1\",\"assignedOn\":\"2026-03-01\"}");
    }

    void close(String caseId) {
        onCase(caseId, "closures", "{\"reason\":\"ADMINISTRATIVE\",\"closedOn\":\"2026-04-01\"}");
    }

    void fileAsylum(String alienId, String filedOn) {
        Http.Response response = Http.as(port, "IND")
                .post(
                        "/v1/aliens/" + alienId + "/asylum-applications",
                        "{\"kind\":\"FIRST\",\"filedOn\":\"" + filedOn + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    /** Every event the reader sees from the start, following the cursor page by page. */
    static List<JsonNode> all(Http reader, String query) {
        List<JsonNode> events = new ArrayList<>();
        String cursor = null;
        while (true) {
            Http.Response page = reader.get("/v1/feed?limit=500" + (cursor == null ? "" : "&after=" + cursor) + query);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            JsonNode json = page.json();
            json.get("events").forEach(events::add);
            if (json.get("events").isEmpty()) {
                return events;
            }
            cursor = json.get("cursor").asString();
        }
    }

    /** The schema published for the event's type, fetched over HTTP without a token, validates the event. */
    void assertValid(JsonNode event) {
        String type = event.get("type").asString();
        Schema schema = SCHEMAS.computeIfAbsent(type, t -> {
            Http.Response published = Http.anonymous(port).get("/v1/feed/schemas/" + t + ".json");
            assertThat(published.status()).as(t).isEqualTo(200);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(published.body(), InputFormat.JSON);
        });
        assertThat(schema.validate(event.toString(), InputFormat.JSON))
                .as(event.toString())
                .isEmpty();
    }
}
