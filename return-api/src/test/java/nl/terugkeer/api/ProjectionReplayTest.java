package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rebuilding a projection (reset its token, replay every event) gives exactly the same rows. */
@ReturnApiTest
class ProjectionReplayTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void givenSignalledCases_whenTheCaseStatusProcessorIsResetAndReplayed_thenTheRowsAreTheSame() {
        Http dtenv = Http.asDtenv(port);
        for (int i = 0; i < 5; i++) {
            String alienId = CaseLifecycleEndToEndTest.registerAlien(dtenv);
            assertThat(dtenv.post("/v1/cases", """
                                    {"alienId":"%s","source":"POLICE","reason":"replay %d","signalledOn":"2026-10-%02d"}
                                    """.formatted(alienId, i, i + 1)).status())
                    .isEqualTo(201);
        }
        long stored = jdbc.sql(
                        "SELECT count(DISTINCT aggregateidentifier) FROM domainevententry WHERE payloadtype LIKE '%ReturnSignalled'")
                .query(Long.class)
                .single();
        await().atMost(Duration.ofSeconds(10)).until(() -> rows().size() == stored);
        List<String> before = rows();

        StreamingEventProcessor processor = processing
                .eventProcessor("case-status", StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        assertThat(rows()).isEmpty();
        processor.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> !processor.isReplaying() && rows().size() == stored);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void givenCaseHistory_whenRebuiltThroughTheOperationsEndpoint_thenTheSameTimelineRows() {
        Http dtenv = Http.asDtenv(port);
        String alienId = CaseLifecycleEndToEndTest.registerAlien(dtenv);
        assertThat(dtenv.post("/v1/cases", """
                                {"alienId":"%s","source":"KMAR","reason":"border","signalledOn":"2026-10-09"}
                                """.formatted(alienId)).status()).isEqualTo(201);
        long stored = jdbc.sql("SELECT count(*) FROM domainevententry")
                .query(Long.class)
                .single();
        await().atMost(Duration.ofSeconds(10)).until(() -> history().size() == stored);
        List<String> before = history();

        Http.Response rebuild = Http.as(port, "ADMIN").post("/v1/admin/projections/case-history/rebuild", "");

        assertThat(rebuild.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> history().size() == stored);
        assertThat(history()).isEqualTo(before);
        assertThat(Http.as(port, "ADMIN").get("/v1/admin/projections").json().findValuesAsString("name"))
                .contains("case-history", "case-status");
        assertThat(Http.as(port, "ADMIN")
                        .post("/v1/admin/projections/no-such-thing/rebuild", "")
                        .status())
                .isEqualTo(404);
    }

    private List<String> history() {
        return jdbc.sql("SELECT to_jsonb(h)::text FROM projections.case_history h ORDER BY event_id")
                .query(String.class)
                .list();
    }

    /** Each row as its JSON text, so that arrays and timestamps compare by value. */
    private List<String> rows() {
        return jdbc.sql("SELECT to_jsonb(c)::text FROM projections.case_status c ORDER BY case_id")
                .query(String.class)
                .list();
    }
}
