package nl.terugkeer.api.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import nl.terugkeer.api.DatabaseOwner;
import nl.terugkeer.api.Http;
import nl.terugkeer.api.ReturnApiTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A projection handler that fails puts its event in the dead-letter queue, per sequence, and the processor goes on
 * with the other sequences; ADMIN lists, retries and evicts (issue 14). The failure is made in the database: a
 * trigger, created as the owner, refuses the case-history rows of one person only.
 */
@ReturnApiTest
class DeadLetterTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    @AfterEach
    void healed() {
        try (DatabaseOwner owner = DatabaseOwner.of(context)) {
            owner.jdbc()
                    .sql("DROP TRIGGER IF EXISTS dead_letter_test ON projections.case_history")
                    .update();
        }
    }

    @Test
    void givenAHandlerThatFailsForOnePerson_whenEventsArrive_thenTheyAreDeadLetteredAndOthersGoOnAndARetryHeals() {
        Http dtenv = Http.asDtenv(port);
        Http admin = Http.as(port, "ADMIN");
        String poisoned = registerAndProjected(dtenv);
        poison(poisoned);

        fileAsylumApplication(poisoned);
        String healthy = registerAndProjected(dtenv);

        await().atMost(Duration.ofSeconds(20)).until(() -> letterOf(admin, poisoned) != null);
        JsonNode letter = letterOf(admin, poisoned);
        assertThat(letter.get("projection").asString()).isEqualTo("case-history");
        assertThat(letter.get("eventType").asString()).isEqualTo("AsylumApplicationFiled");
        assertThat(letter.get("causeType").asString()).isNotBlank();
        assertThat(historyRows(healthy)).isPositive();
        assertThat(processing
                        .eventProcessor("case-history", StreamingEventProcessor.class)
                        .orElseThrow()
                        .isRunning())
                .isTrue();
        String metrics =
                Http.anonymous(managementPort).get("/actuator/prometheus").body();
        assertThat(metrics)
                .containsPattern(
                        "return_projections_dead_lettered_total\\{outcome=\"enqueued\",projection=\"case-history\"")
                .containsPattern("return_projections_dead_letters\\{projection=\"case-history\"} [1-9]");

        healed();
        Http.Response retried = admin.post("/v1/admin/dead-letters/case-history/retries", "");

        assertThat(retried.status()).isEqualTo(202);
        assertThat(retried.json().get("sequencesCleared").asInt()).isPositive();
        assertThat(letterOf(admin, poisoned)).isNull();
        assertThat(asylumRows(poisoned)).isEqualTo(1);
    }

    @Test
    void givenADeadLetter_whenAdminEvictsIt_thenItIsGoneAndOnlyARebuildBringsItsEventBack() {
        Http dtenv = Http.asDtenv(port);
        Http admin = Http.as(port, "ADMIN");
        String poisoned = registerAndProjected(dtenv);
        poison(poisoned);
        fileAsylumApplication(poisoned);
        await().atMost(Duration.ofSeconds(20)).until(() -> letterOf(admin, poisoned) != null);
        String id = letterOf(admin, poisoned).get("id").asString();

        Http.Response evicted = admin.send("DELETE", "/v1/admin/dead-letters/case-history/" + id);

        assertThat(evicted.status()).isEqualTo(204);
        assertThat(letterOf(admin, poisoned)).isNull();
        Http.Response again = admin.send("DELETE", "/v1/admin/dead-letters/case-history/" + id);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.header("Content-Type")).contains("application/problem+json");
        assertThat(Http.asDtenv(port).get("/v1/admin/dead-letters").status()).isEqualTo(403);
        assertThat(asylumRows(poisoned)).isZero();

        healed();
        assertThat(admin.post("/v1/admin/projections/case-history/rebuild", "").status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> asylumRows(poisoned) == 1);
    }

    private long asylumRows(String alienId) {
        return jdbc.sql("SELECT count(*) FROM projections.case_history WHERE aggregate_id = ?::uuid"
                        + " AND event_type = 'AsylumApplicationFiled'")
                .param(alienId)
                .query(Long.class)
                .single();
    }

    private String registerAndProjected(Http dtenv) {
        Http.Response registered = dtenv.post("/v1/aliens", """
                {"givenNames":"Amal","surname":"Haddad","dateOfBirth":"1991-06-15",
                 "claimedNationality":"SYR","unaccompaniedMinor":false,"familyMembers":[],"registeredOn":"2026-11-01"}
                """);
        assertThat(registered.status()).isEqualTo(201);
        String alienId = registered.json().get("alienId").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> historyRows(alienId) > 0);
        return alienId;
    }

    private void fileAsylumApplication(String alienId) {
        assertThat(Http.as(port, "IND")
                        .post("/v1/aliens/" + alienId + "/asylum-applications", """
                                {"kind":"FIRST","filedOn":"2026-02-01"}""")
                        .status())
                .isEqualTo(201);
    }

    private void poison(String alienId) {
        UUID.fromString(alienId); // only a UUID goes into the SQL below
        try (DatabaseOwner owner = DatabaseOwner.of(context)) {
            owner.jdbc().sql("""
                            CREATE OR REPLACE FUNCTION projections.dead_letter_test() RETURNS trigger AS $$
                            BEGIN
                                IF NEW.aggregate_id = '%s'::uuid THEN
                                    RAISE EXCEPTION 'refused for a test';
                                END IF;
                                RETURN NEW;
                            END $$ LANGUAGE plpgsql""".formatted(alienId)).update();
            owner.jdbc()
                    .sql("DROP TRIGGER IF EXISTS dead_letter_test ON projections.case_history")
                    .update();
            owner.jdbc()
                    .sql("CREATE TRIGGER dead_letter_test BEFORE INSERT ON projections.case_history"
                            + " FOR EACH ROW EXECUTE FUNCTION projections.dead_letter_test()")
                    .update();
        }
    }

    private long historyRows(String alienId) {
        return jdbc.sql("SELECT count(*) FROM projections.case_history WHERE aggregate_id = ?::uuid")
                .param(alienId)
                .query(Long.class)
                .single();
    }

    private static JsonNode letterOf(Http admin, String sequence) {
        Http.Response list = admin.get("/v1/admin/dead-letters");
        assertThat(list.status()).isEqualTo(200);
        for (JsonNode entry : list.json().get("entries")) {
            if (sequence.equals(entry.get("sequence").asString())) {
                return entry;
            }
        }
        return null;
    }
}
