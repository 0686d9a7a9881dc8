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

/** Resetting the case-status processor and replaying every event gives exactly the same rows. */
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

    /** Each row as its JSON text, so that arrays and timestamps compare by value. */
    private List<String> rows() {
        return jdbc.sql("SELECT to_jsonb(c)::text FROM projections.case_status c ORDER BY case_id")
                .query(String.class)
                .list();
    }
}
