package nl.terugkeer.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import nl.terugkeer.api.Http;
import nl.terugkeer.api.ReturnApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The limits the server enforces are in the OpenAPI document (issue 14, a fuzzing finding). */
@ReturnApiTest
class DocumentedLimitsTest {

    @LocalServerPort
    int port;

    @Test
    void givenTheDocument_whenRead_thenPageSizeIdempotencyKeyVNumberAndMunicipalityCodeHaveTheirLimits() {
        JsonNode document = Http.anonymous(port).get("/v1/openapi.json").json();
        String text = document.toString();

        JsonNode pageSize = parameter(document.at("/paths/~1cases~1{id}~1check-ins/get/parameters"), "pageSize");
        assertThat(pageSize.at("/schema/maximum").asInt()).isEqualTo(500);
        assertThat(pageSize.at("/schema/minimum").asInt()).isEqualTo(1);
        JsonNode key = parameter(document.at("/paths/~1cases/post/parameters"), "Idempotency-Key");
        assertThat(key.at("/schema/maxLength").asInt()).isEqualTo(255);
        assertThat(key.at("/schema/pattern").asString()).isEqualTo(DocumentedLimits.IDEMPOTENCY_KEY);
        assertThat(text).contains(DocumentedLimits.V_NUMBER.replace("\\", "\\\\"), DocumentedLimits.MUNICIPALITY);
    }

    private static JsonNode parameter(JsonNode parameters, String name) {
        for (JsonNode parameter : parameters) {
            if (name.equals(parameter.get("name").asString())) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name + " in " + parameters);
    }
}
