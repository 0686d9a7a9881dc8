package nl.terugkeer.api.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import nl.terugkeer.api.Http;
import nl.terugkeer.api.ReturnApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One trace id from the caller's traceparent through the answer, the access log and the stored events (issue 14). */
@ReturnApiTest
class TracingTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void givenACallersTraceparent_whenACommandIsSent_thenTheAnswerTheAccessLogAndTheEventCarryItsTraceId() {
        String traceId = hex(16);
        String traceparent = "00-" + traceId + "-" + hex(8) + "-01";

        Http.Response registered =
                Http.asDtenv(port).header("traceparent", traceparent).post("/v1/aliens", """
                {"givenNames":"Amal","surname":"Haddad","dateOfBirth":"1991-06-15",
                 "claimedNationality":"SYR","unaccompaniedMinor":false,"familyMembers":[],"registeredOn":"2026-11-01"}
                """);

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.header("traceparent")).startsWith("00-" + traceId + "-");
        String alienId = registered.json().get("alienId").asString();
        String metadata = jdbc.sql("SELECT convert_from(metadata, 'UTF8') FROM domainevententry"
                        + " WHERE aggregateidentifier = ? ORDER BY sequencenumber LIMIT 1")
                .param(alienId)
                .query(String.class)
                .single();
        assertThat(metadata).contains("\"traceId\"", traceId);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> jdbc.sql("SELECT count(*) FROM access_log.entry WHERE trace_id = ?")
                                .param(traceId)
                                .query(Long.class)
                                .single()
                        > 0);
    }

    @Test
    void givenNoTraceparent_whenARequestIsAnswered_thenANewTraceIsNamedInTheAnswer() {
        Http.Response read = Http.asDtenv(port).get("/v1/work-lists?caseManager=rv-trace");

        assertThat(read.header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1; // never all zeros
        return HexFormat.of().formatHex(random);
    }
}
