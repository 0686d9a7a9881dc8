package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    /**
     * Before the rebuild the projection's rows are damaged by hand (one deleted, the others emptied of their
     * meaning), so only a real replay of every event can bring back the rows seen before.
     */
    @ParameterizedTest
    @CsvSource({
        "case-status, projections.case_status",
        "case-history, projections.case_history",
        "person-overview, projections.person_overview",
        "entitlement-periods, projections.entitlement_period",
        "entitlement-periods, projections.entitlement_case"
    })
    void givenDamagedRows_whenAProjectionIsRebuiltThroughTheOperationsEndpoint_thenTheRowsSeenBeforeComeBack(
            String projection, String table) {
        Http dtenv = Http.asDtenv(port);
        String alienId = CaseLifecycleEndToEndTest.registerAlien(dtenv);
        assertThat(Http.as(port, "IND")
                        .post("/v1/aliens/" + alienId + "/asylum-applications", """
                                {"kind":"FIRST","filedOn":"2026-02-01"}""")
                        .status())
                .isEqualTo(201);
        Http.Response signalled = dtenv.post("/v1/cases", """
                {"alienId":"%s","source":"KMAR","reason":"border","signalledOn":"2026-10-09"}
                """.formatted(alienId));
        assertThat(signalled.status()).isEqualTo(201);
        String caseId = signalled.json().get("caseId").asString();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> rows(table).toString().contains(alienId)
                        || rows(table).toString().contains(caseId));
        // the row must hold every event above (not only the first), or the rebuilt row differs from it
        long last = jdbc.sql("SELECT max(globalindex) FROM domainevententry")
                .query(Long.class)
                .single();
        StreamingEventProcessor caughtUp = processing
                .eventProcessor(projection, StreamingEventProcessor.class)
                .orElseThrow();
        await().atMost(Duration.ofSeconds(20)).until(() -> caughtUp.processingStatus().values().stream()
                .allMatch(status -> status.getCurrentPosition().orElse(-1L) >= last));
        List<String> before = rows(table);
        assertThat(before).isNotEmpty();

        Http admin = Http.as(port, "ADMIN");
        StreamingEventProcessor processor = processing
                .eventProcessor(projection, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        jdbc.sql("DELETE FROM " + table).update();
        assertThat(rows(table)).isEmpty();
        processor.start();
        Http.Response rebuild = admin.post("/v1/admin/projections/" + projection + "/rebuild", "");

        assertThat(rebuild.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> rows(table).equals(before));
        assertThat(admin.get("/v1/admin/projections").json().findValuesAsString("name"))
                .contains(projection);
        assertThat(admin.post("/v1/admin/projections/no-such-thing/rebuild", "").status())
                .isEqualTo(404);
    }

    private List<String> rows(String table) {
        return jdbc.sql("SELECT to_jsonb(t)::text AS row FROM " + table + " t ORDER BY 1")
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
