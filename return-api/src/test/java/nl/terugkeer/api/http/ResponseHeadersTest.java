package nl.terugkeer.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.Stream;
import nl.terugkeer.api.Http;
import nl.terugkeer.api.ReturnApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Design Rules' headers on every response, whatever its status; no trailing-slash redirects. */
@ReturnApiTest
class ResponseHeadersTest {

    @LocalServerPort
    int port;

    static Stream<Arguments> responses() {
        String unknown = "/v1/cases/" + UUID.randomUUID();
        return Stream.of(
                Arguments.of("200 read", "DTENV", "/v1/work-lists?caseManager=rv-1", 200),
                Arguments.of("200 public document", null, "/v1/openapi.json", 200),
                Arguments.of("400 bad query", "DTENV", "/v1/work-lists", 400),
                Arguments.of("401 no token", null, unknown, 401),
                Arguments.of("403 role", "ANALYST", unknown, 403),
                Arguments.of("404 unknown case", "DTENV", unknown, 404),
                Arguments.of("404 trailing slash, no redirect", "DTENV", unknown + "/", 404),
                Arguments.of("404 trailing slash on a collection", "DTENV", "/v1/work-lists/", 404));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void givenAnyResponse_thenItCarriesTheDesignRulesHeaders(String label, String role, String path, int status) {
        Http http = role == null ? Http.anonymous(port) : Http.as(port, role);
        Http.Response response = http.get(path);

        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("API-Version")).isEqualTo(WebConfiguration.API_VERSION);
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("Content-Security-Policy")).isEqualTo("frame-ancestors 'none'");
        assertThat(response.header("Strict-Transport-Security")).startsWith("max-age=");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.contentType()).isNotNull();
        if (status >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().has("status")).isTrue();
            assertThat(response.json().has("title")).isTrue();
            assertThat(response.json().has("detail")).isTrue();
        }
    }
}
