package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Whatever a client sends: a 4xx problem detail that names what is wrong, nothing stored, never a 5xx. */
@ReturnApiTest
class BadInputTest {

    private static String ALIEN;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long eventsBefore;

    @BeforeEach
    void countEvents() {
        if (ALIEN == null) {
            ALIEN = CaseLifecycleEndToEndTest.registerAlien(Http.asDtenv(port));
        }
        eventsBefore = events();
    }

    static Stream<Arguments> badSignals() {
        return Stream.of(
                Arguments.of("not JSON", "{\"source\":", 400, "not valid JSON"),
                Arguments.of("empty body", "", 400, "missing or not readable"),
                Arguments.of("unknown field", "{\"alienId\":\"ALIEN\",\"sauce\":\"DTENV\"}", 400, "sauce"),
                Arguments.of("wrong type", "{\"alienId\":42,\"source\":\"DTENV\"}", 400, "alienId"),
                Arguments.of("unknown enum", "{\"alienId\":\"ALIEN\",\"source\":\"NAVY\"}", 400, "source"),
                Arguments.of(
                        "bad date",
                        "{\"alienId\":\"ALIEN\",\"source\":\"DTENV\",\"signalledOn\":\"31-12-2025\"}",
                        400,
                        "signalledOn"),
                Arguments.of(
                        "date as a number of days",
                        "{\"alienId\":\"ALIEN\",\"source\":\"DTENV\",\"signalledOn\":-1}",
                        400,
                        "signalledOn"),
                Arguments.of(
                        "date as a number too large",
                        "{\"alienId\":\"ALIEN\",\"source\":\"DTENV\",\"signalledOn\":99999999999999999999}",
                        400,
                        "signalledOn"),
                Arguments.of(
                        "missing field",
                        "{\"alienId\":\"ALIEN\",\"source\":\"DTENV\"}",
                        400,
                        "signalledOn is required"),
                Arguments.of(
                        "bad municipality",
                        "{\"alienId\":\"ALIEN\",\"source\":\"MUNICIPALITY\",\"municipalityCode\":\"0363\",\"signalledOn\":\"2026-11-01\"}",
                        400,
                        "GM followed by 4 digits"),
                Arguments.of(
                        "future date",
                        "{\"alienId\":\"ALIEN\",\"source\":\"DTENV\",\"signalledOn\":\"2999-01-01\"}",
                        422,
                        "after today"),
                Arguments.of("huge body", "{\"reason\":\"" + "x".repeat(3_000_000) + "\"}", 413, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSignals")
    void givenABadSignal_whenPosted_thenAProblemThatNamesItAndNothingStored(
            String label, String body, int status, String detailMentions) {
        Http.Response response = Http.asDtenv(port).post("/v1/cases", body.replace("ALIEN", ALIEN));

        assertThat(response.status()).as(response.body()).isEqualTo(status);
        if (status != 413) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asString()).contains(detailMentions);
        }
        assertThat(events()).isEqualTo(eventsBefore);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void givenNoOrABadToken_whenPosting_then401AndNothingStored(String label, String authorization) {
        Http http = Http.anonymous(port);
        if (authorization != null) {
            http.header("Authorization", authorization);
        }
        Http.Response response = http.post(
                "/v1/cases", "{\"alienId\":\"" + ALIEN + "\",\"source\":\"DTENV\",\"signalledOn\":\"2026-11-01\"}");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(events()).isEqualTo(eventsBefore);
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of("no token", null),
                Arguments.of("not a JWT", "Bearer not-a-token"),
                Arguments.of("basic auth", "Basic dXNlcjpwYXNz"),
                Arguments.of(
                        "unsigned JWT",
                        "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1LTEiLCJyb2xlcyI6WyJEVEVOViJdLCJvcmdhbmlzYXRpb24iOiJEVEVOViJ9."));
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domainevententry")
                .query(Long.class)
                .single();
    }
}
