package nl.terugkeer.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.terugkeer.api.Http;
import nl.terugkeer.api.ReturnApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document is public, readable from any origin, and written to {@code target/openapi.json} for the
 * Spectral lint with the NL API Design Rules ruleset that {@code verify} runs after the tests.
 */
@ReturnApiTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Test
    void givenNoToken_whenReadingTheOpenApiDocument_thenItIsPublicAndOpenToAllOrigins() throws IOException {
        Http.Response response = Http.anonymous(port)
                .header("Origin", "https://frontend.example")
                .get("/v1/openapi.json");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(response.header("API-Version")).isEqualTo("0.1.0");
        JsonNode document = response.json();
        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.get("servers").get(0).get("url").asString()).isEqualTo("/v1");
        assertThat(document.get("paths").has("/cases/{caseId}")).isTrue();
        assertThat(document.get("paths").propertyNames()).noneMatch(path -> path.startsWith("/dev"));
        Path target = Path.of("target", "openapi.json");
        Files.createDirectories(target.getParent());
        Files.writeString(target, response.body());
    }

    @Test
    void givenABrowserPreflight_whenAskingForTheDocument_thenAllowedFromAnyOrigin() {
        Http.Response response = Http.anonymous(port)
                .header("Origin", "https://frontend.example")
                .header("Access-Control-Request-Method", "GET")
                .send("OPTIONS", "/v1/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void givenAnotherOrigin_whenCallingTheApi_thenNoCorsAllowance() {
        Http.Response response =
                Http.asDtenv(port).header("Origin", "https://frontend.example").get("/v1/work-lists?caseManager=x");
        assertThat(response.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void givenAConfiguredFrontendOrigin_whenItPreflightsACommand_thenAllowedWithTheHeadersACommandNeeds() {
        Http.Response preflight = Http.anonymous(port)
                .header("Origin", "https://frontend.test")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match,idempotency-key")
                .send("OPTIONS", "/v1/cases");
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://frontend.test");
        assertThat(preflight.header("Access-Control-Allow-Headers").toLowerCase())
                .contains("authorization", "if-match", "idempotency-key");

        Http.Response read =
                Http.asDtenv(port).header("Origin", "https://frontend.test").get("/v1/work-lists?caseManager=x");
        assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo("https://frontend.test");
        assertThat(read.header("Access-Control-Expose-Headers")).contains("ETag");

        Http.Response foreign = Http.anonymous(port)
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .send("OPTIONS", "/v1/cases");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
    }
}
