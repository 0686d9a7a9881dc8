package nl.terugkeer.api.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.Map;
import nl.terugkeer.api.DatabaseOwner;
import nl.terugkeer.api.Http;
import nl.terugkeer.api.ReturnApiTest;
import nl.terugkeer.cli.IntegrityCommandLine;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The hash chains over the event store and the access log (ADR 0022): an insider with the owner's rights alters or
 * deletes a stored row, and verification names it by position. Every test puts the row back.
 */
@ReturnApiTest
@ExtendWith(OutputCaptureExtension.class)
class IntegrityTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    IntegrityVerifier verifier;

    DatabaseOwner owner;

    @BeforeEach
    void owner() {
        owner = DatabaseOwner.of(context).allowHistoryChange();
    }

    @AfterEach
    void closeOwner() {
        owner.close();
    }

    @Test
    void givenUntouchedHistory_whenAnAuditorOrAdminVerifies_thenBothChainsAreIntact() {
        threeEventsOfOnePerson();

        for (String role : new String[] {"AUDITOR", "ADMIN"}) {
            Http.Response response = Http.as(port, role).get("/v1/admin/integrity");
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            JsonNode body = response.json();
            assertThat(body.get("intact").asBoolean()).as(response.body()).isTrue();
            assertThat(body.get("events").get("eventsChecked").asLong()).isPositive();
            assertThat(body.get("accessLog").get("entriesChecked").asLong()).isPositive();
            assertThat(body.get("events").get("firstProblem").isNull()).isTrue();
        }
    }

    @Test
    void givenOtherRoles_whenTheyAskForVerification_thenForbidden() {
        for (String role : new String[] {"DTENV", "IND", "ANALYST"}) {
            assertThat(Http.as(port, role).get("/v1/admin/integrity").status()).isEqualTo(403);
        }
        assertThat(Http.asGemeente(port, "GM0363").get("/v1/admin/integrity").status())
                .isEqualTo(403);
        assertThat(Http.anonymous(port).get("/v1/admin/integrity").status()).isEqualTo(401);
    }

    @Test
    void givenOnePayloadByteAlteredByTheOwner_whenVerified_thenThatEventIsNamed() {
        String alien = threeEventsOfOnePerson();
        Map<String, Object> event = event(alien, 1);
        byte[] payload = (byte[]) event.get("payload");
        byte[] altered = payload.clone();
        altered[altered.length / 2] ^= 1;
        try {
            setPayload(event, altered);

            JsonNode problem = firstEventProblem();
            assertThat(problem.get("kind").asString()).isEqualTo("ALTERED");
            assertThat(problem.get("globalIndex").asLong()).isEqualTo(event.get("globalindex"));
            assertThat(problem.get("aggregateId").asString()).isEqualTo(alien);
            assertThat(problem.get("sequenceNumber").asLong()).isEqualTo(1);
        } finally {
            setPayload(event, payload);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void givenAMiddleEventDeletedByTheOwner_whenVerified_thenItIsNamedAsMissing() {
        String alien = threeEventsOfOnePerson();
        Map<String, Object> event = event(alien, 1);
        try {
            delete(event);

            JsonNode problem = firstEventProblem();
            assertThat(problem.get("kind").asString()).isEqualTo("MISSING");
            assertThat(problem.get("aggregateId").asString()).isEqualTo(alien);
            assertThat(problem.get("sequenceNumber").asLong()).isEqualTo(1);
        } finally {
            reinsert(event);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void givenTheLastEventOfAnAggregateDeletedByTheOwner_whenVerified_thenTheHeadNamesItAsMissing() {
        String alien = threeEventsOfOnePerson();
        Map<String, Object> event = event(alien, 2);
        try {
            delete(event);

            JsonNode problem = firstEventProblem();
            assertThat(problem.get("kind").asString()).isEqualTo("MISSING");
            assertThat(problem.get("aggregateId").asString()).isEqualTo(alien);
            assertThat(problem.get("sequenceNumber").asLong()).isEqualTo(2);
            assertThat(problem.get("globalIndex").asLong()).isEqualTo(event.get("globalindex"));
        } finally {
            reinsert(event);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void givenAnOwnerSessionWithoutTheEscape_whenItTriesToChangeHistory_thenTheTriggersRefuse() {
        String alien = threeEventsOfOnePerson();
        try (DatabaseOwner guarded = DatabaseOwner.of(context)) {
            assertThatThrownBy(() -> guarded.jdbc()
                            .sql("UPDATE domainevententry SET payload = payload WHERE aggregateidentifier = :id")
                            .param("id", alien)
                            .update())
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> guarded.jdbc()
                            .sql("DELETE FROM domainevententry WHERE aggregateidentifier = :id")
                            .param("id", alien)
                            .update())
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> guarded.jdbc()
                            .sql("DELETE FROM integrity.event_head WHERE aggregateidentifier = :id")
                            .param("id", alien)
                            .update())
                    .hasMessageContaining("only moves forward");
            assertThatThrownBy(() -> guarded.jdbc()
                            .sql("UPDATE integrity.access_log_link SET position = position")
                            .update())
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void givenAnAccessLogEntryAlteredByTheOwner_whenVerified_thenThatEntryIsNamed() {
        threeEventsOfOnePerson();
        long entry = owner.jdbc()
                .sql("SELECT max(id) FROM access_log.entry")
                .query(Long.class)
                .single();
        int status = owner.jdbc()
                .sql("SELECT status FROM access_log.entry WHERE id = :id")
                .param("id", entry)
                .query(Integer.class)
                .single();
        try {
            asReplica("UPDATE access_log.entry SET status = 299 WHERE id = " + entry);

            JsonNode problem = firstAccessLogProblem();
            assertThat(problem.get("kind").asString()).isEqualTo("ALTERED");
            assertThat(problem.get("entryId").asLong()).isEqualTo(entry);
        } finally {
            asReplica("UPDATE access_log.entry SET status = " + status + " WHERE id = " + entry);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    /** The chain covers the Logboek Dataverwerkingen fields (V27), not only the columns the log began with. */
    @Test
    void givenTheProcessingActivityOfAnAccessLogEntryAltered_whenVerified_thenThatEntryIsNamed() {
        threeEventsOfOnePerson();
        long entry = owner.jdbc()
                .sql("SELECT max(id) FROM access_log.entry WHERE processing_activity_id IS NOT NULL")
                .query(Long.class)
                .single();
        String activity = owner.jdbc()
                .sql("SELECT processing_activity_id FROM access_log.entry WHERE id = :id")
                .param("id", entry)
                .query(String.class)
                .single();
        try {
            asReplica("UPDATE access_log.entry SET processing_activity_id = 'urn:elsewhere' WHERE id = " + entry);

            JsonNode problem = firstAccessLogProblem();
            assertThat(problem.get("kind").asString()).isEqualTo("ALTERED");
            assertThat(problem.get("entryId").asLong()).isEqualTo(entry);
        } finally {
            asReplica("UPDATE access_log.entry SET processing_activity_id = '" + activity + "' WHERE id = " + entry);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void givenAnAccessLogEntryDeletedByTheOwner_whenVerified_thenThatEntryIsNamedAsMissing() {
        threeEventsOfOnePerson();
        long entry = owner.jdbc()
                .sql("SELECT max(id) FROM access_log.entry")
                .query(Long.class)
                .single();
        owner.jdbc()
                .sql("CREATE TEMP TABLE saved_entry AS SELECT * FROM access_log.entry WHERE id = " + entry)
                .update();
        try {
            asReplica("DELETE FROM access_log.entry WHERE id = " + entry);

            JsonNode problem = firstAccessLogProblem();
            assertThat(problem.get("kind").asString()).isEqualTo("MISSING");
            assertThat(problem.get("entryId").asLong()).isEqualTo(entry);
        } finally {
            // put it back without a new link: the chaining trigger is switched off too
            asReplica("INSERT INTO access_log.entry SELECT * FROM saved_entry");
            owner.jdbc().sql("DROP TABLE saved_entry").update();
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void givenAnEventRewrittenWithARecomputedChain_whenCheckedAgainstTheDailyAnchor_thenTheAnchorNoLongerMatches() {
        String alien = threeEventsOfOnePerson();
        IntegrityVerifier.Anchor anchor = verifier.anchorAt(
                owner.jdbc()
                        .sql("SELECT max(globalindex) FROM domainevententry")
                        .query(Long.class)
                        .single(),
                owner.jdbc()
                        .sql("SELECT max(id) FROM access_log.entry")
                        .query(Long.class)
                        .single());
        Map<String, Object> event = event(alien, 2);
        byte[] payload = (byte[]) event.get("payload");
        byte[] altered = payload.clone();
        altered[altered.length / 2] ^= 1;
        try {
            setPayload(event, altered);
            rechain(event);
            assertThat(verifier.verify().intact())
                    .as("a consistent rewrite fools the chain")
                    .isTrue();

            JsonNode body = Http.as(port, "AUDITOR")
                    .get("/v1/admin/integrity?eventsUpTo=%d&eventsDigest=%s&accessLogUpTo=%d&accessLogDigest=%s"
                            .formatted(
                                    anchor.eventsUpTo(),
                                    anchor.eventsDigest(),
                                    anchor.accessLogUpTo(),
                                    anchor.accessLogDigest()))
                    .json();
            assertThat(body.get("anchorMatches").asBoolean()).isFalse();
            assertThat(body.get("intact").asBoolean()).isFalse();
        } finally {
            setPayload(event, payload);
            rechain(event);
        }
        assertThat(verifier.matches(anchor)).isTrue();
    }

    @Test
    void givenTheCommandLine_whenRunAgainstTheDatabase_thenExitsZeroIntactAndTwoAfterTampering() {
        String alien = threeEventsOfOnePerson();
        String[] args = commandLine();
        assertThat(IntegrityCommandLine.run(args)).isZero();

        Map<String, Object> event = event(alien, 0);
        byte[] payload = (byte[]) event.get("payload");
        byte[] altered = payload.clone();
        altered[altered.length / 2] ^= 1;
        try {
            setPayload(event, altered);
            assertThat(IntegrityCommandLine.run(args)).isEqualTo(2);
        } finally {
            setPayload(event, payload);
        }
        assertThat(IntegrityCommandLine.run(new String[] {IntegrityCommandLine.OPTION, "--anchor=12"}))
                .as("a malformed anchor")
                .isEqualTo(1);
    }

    /** The command line against this test's database, as the service's own role (it only reads). */
    private String[] commandLine() {
        EmbeddedPostgres postgres =
                context.getBeanProvider(EmbeddedPostgres.class).getIfAvailable();
        if (postgres == null) {
            var env = context.getEnvironment();
            return new String[] {
                IntegrityCommandLine.OPTION,
                "--spring.datasource.url=" + env.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + env.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + env.getProperty("spring.datasource.password", "")
            };
        }
        return new String[] {
            IntegrityCommandLine.OPTION,
            "--spring.datasource.url=" + postgres.getJdbcUrl("terugkeer_app", "postgres"),
            "--spring.datasource.username=terugkeer_app"
        };
    }

    @Test
    void givenTheDailyJob_whenItRuns_thenItLogsTheAnchorAsOneInfoLineWithoutPersonalData(CapturedOutput output) {
        String alien = threeEventsOfOnePerson();

        context.getBean(IntegrityAnchorJob.class).logAnchor();

        String line = output.getAll()
                .lines()
                .filter(l -> l.contains("integrity anchor:"))
                .reduce((first, second) -> second)
                .orElseThrow();
        assertThat(line)
                .contains("INFO")
                .matches(".*integrity anchor: events upTo=\\d+ digest=[0-9a-f]{64} accessLog upTo=\\d+"
                        + " digest=[0-9a-f]{64}\\s*")
                .doesNotContain(alien);
    }

    @Test
    void givenAnIncompleteAnchor_whenVerifying_thenBadRequestAsProblem() {
        Http.Response response = Http.as(port, "AUDITOR").get("/v1/admin/integrity?eventsUpTo=12");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private String threeEventsOfOnePerson() {
        Http dtenv = Http.asDtenv(port);
        Http.Response registered = dtenv.post("/v1/aliens", """
                {"givenNames":"Test","surname":"Keten","dateOfBirth":"1990-01-01","claimedNationality":"AFG",
                 "unaccompaniedMinor":false,"familyMembers":[],"registeredOn":"2026-01-05"}""");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String alien = registered.json().get("alienId").asString();
        Http ind = Http.as(port, "IND");
        for (String[] command : new String[][] {
            {"identity-establishments", "{\"establishedOn\":\"2026-02-01\"}"},
            {"nationality-establishments", "{\"nationality\":\"AFG\",\"establishedOn\":\"2026-02-02\"}"}
        }) {
            Http.Response recorded = ind.post("/v1/aliens/" + alien + "/" + command[0], command[1]);
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        }
        dtenv.get("/v1/aliens/" + alien); // one more access-log entry
        long events = owner.jdbc()
                .sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", alien)
                .query(Long.class)
                .single();
        assertThat(events).isEqualTo(3);
        awaitProjectionsCaughtUp();
        return alien;
    }

    /** Tampering must not race the projections: a flipped byte read by one of them would be folded in. */
    private void awaitProjectionsCaughtUp() {
        long head = owner.jdbc()
                .sql("SELECT max(globalindex) FROM domainevententry")
                .query(Long.class)
                .single();
        EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .flatMap(p -> p.processingStatus().values().stream())
                .allMatch(status -> status.getCurrentPosition().orElse(-1L) >= head));
    }

    private Map<String, Object> event(String aggregate, long sequence) {
        return owner.jdbc()
                .sql("SELECT * FROM domainevententry WHERE aggregateidentifier = :id AND sequencenumber = :seq")
                .param("id", aggregate)
                .param("seq", sequence)
                .query()
                .singleRow();
    }

    private void setPayload(Map<String, Object> event, byte[] payload) {
        owner.jdbc()
                .sql("UPDATE domainevententry SET payload = :payload WHERE globalindex = :index")
                .param("payload", payload)
                .param("index", event.get("globalindex"))
                .update();
    }

    /** What an insider who knows the scheme does: recompute this (last) event's link and its aggregate's head. */
    private void rechain(Map<String, Object> event) {
        owner.jdbc().sql("""
                        UPDATE domainevententry e
                        SET chainhash = integrity.event_hash(p.chainhash, e.globalindex, e.aggregateidentifier,
                            e.sequencenumber, e.type, e.eventidentifier, e.payloadtype, e.payloadrevision,
                            e.timestamp, e.metadata, e.payload)
                        FROM domainevententry p
                        WHERE e.globalindex = :index AND p.aggregateidentifier = e.aggregateidentifier
                          AND p.sequencenumber = e.sequencenumber - 1""").param("index", event.get("globalindex")).update();
        owner.jdbc().sql("""
                        UPDATE integrity.event_head h SET chainhash = e.chainhash
                        FROM domainevententry e WHERE e.globalindex = :index
                          AND h.aggregateidentifier = e.aggregateidentifier""").param("index", event.get("globalindex")).update();
    }

    private void delete(Map<String, Object> event) {
        owner.jdbc()
                .sql("CREATE TEMP TABLE saved_event AS SELECT * FROM domainevententry WHERE globalindex = :index")
                .param("index", event.get("globalindex"))
                .update();
        owner.jdbc()
                .sql("DELETE FROM domainevententry WHERE globalindex = :index")
                .param("index", event.get("globalindex"))
                .update();
    }

    /** Puts the deleted event back as it was; the chaining trigger recomputes the very same hash. */
    private void reinsert(Map<String, Object> event) {
        owner.jdbc()
                .sql("INSERT INTO domainevententry SELECT * FROM saved_event")
                .update();
        owner.jdbc().sql("DROP TABLE saved_event").update();
    }

    /** As the owner may: with the access log's own triggers (V5's guard and the chaining) switched off. */
    private void asReplica(String statement) {
        owner.jdbc().sql("ALTER TABLE access_log.entry DISABLE TRIGGER USER").update();
        try {
            owner.jdbc().sql(statement).update();
        } finally {
            owner.jdbc().sql("ALTER TABLE access_log.entry ENABLE TRIGGER USER").update();
        }
    }

    private JsonNode firstEventProblem() {
        JsonNode body = Http.as(port, "AUDITOR").get("/v1/admin/integrity").json();
        assertThat(body.get("intact").asBoolean()).isFalse();
        return body.get("events").get("firstProblem");
    }

    private JsonNode firstAccessLogProblem() {
        JsonNode body = Http.as(port, "AUDITOR").get("/v1/admin/integrity").json();
        assertThat(body.get("intact").asBoolean()).isFalse();
        return body.get("accessLog").get("firstProblem");
    }
}
