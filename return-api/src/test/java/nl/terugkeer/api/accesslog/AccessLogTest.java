package nl.terugkeer.api.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.terugkeer.api.DatabaseOwner;
import nl.terugkeer.api.Http;
import nl.terugkeer.api.ReturnApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Every read or change of a person's or case's data leaves an append-only entry that auditors can query. */
@ReturnApiTest
class AccessLogTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Pseudonyms pseudonyms;

    @Test
    void givenAPersonAndACase_whenWrittenAndRead_thenEachAccessIsLoggedUnderThePersonsPseudonym() {
        String trace = randomHex(32);
        Http dtenv = Http.asDtenv(port).header("traceparent", "00-" + trace + "-" + randomHex(16) + "-01");
        String alien = register(dtenv);
        String caseId = dtenv.post("/v1/cases", """
                        {"alienId":"%s","source":"MUNICIPALITY","municipalityCode":"GM0363","signalledOn":"2026-11-02"}
                        """.formatted(alien))
                .json()
                .get("caseId")
                .asString();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> dtenv.get("/v1/cases/" + caseId).status() == 200);
        Http.asGemeente(port, "GM0599").get("/v1/cases/" + caseId); // 404: not its case
        Http.as(port, "ANALYST").get("/v1/cases/" + caseId); // 403

        String pseudonym = pseudonyms.of(UUID.fromString(alien));
        JsonNode entries = Http.as(port, "AUDITOR")
                .get("/v1/access-log?personPseudonym=" + pseudonym + "&pageSize=100")
                .json()
                .get("entries");
        List<String> summary = entries.valueStream()
                .map(e -> e.get("action").asString() + " " + e.get("resource").asString() + " "
                        + e.get("status").asInt() + " " + e.get("role").asString())
                .toList();
        assertThat(summary)
                .contains("CHANGE /v1/aliens 201 DTENV")
                .contains("CHANGE /v1/cases 201 DTENV")
                .contains("READ /v1/cases/" + caseId + " 200 DTENV")
                .contains("READ /v1/cases/" + caseId + " 404 GEMEENTE")
                .contains("READ /v1/cases/" + caseId + " 403 ANALYST");
        JsonNode signalled = entries.valueStream()
                .filter(e -> e.get("resource").asString().equals("/v1/cases"))
                .findFirst()
                .orElseThrow();
        assertThat(signalled.get("userId").asString()).isEqualTo("u-dtenv-1");
        assertThat(signalled.get("organisation").asString()).isEqualTo("DTENV");
        assertThat(signalled.get("traceId").asString()).isEqualTo(trace);
        assertThat(signalled.get("occurredAt").asString()).endsWith("Z");

        String correlation = jdbc.sql("SELECT convert_from(metadata, 'UTF8')::jsonb ->> 'correlationId'"
                        + " FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", caseId)
                .query(String.class)
                .single();
        assertThat(correlation).as("the trace id finds the events").isEqualTo(trace);
    }

    @Test
    void givenTheLog_thenItNeverHoldsTheVNumberOrThePersonsId() {
        String alien = register(Http.asDtenv(port));
        Http.as(port, "IND").get("/v1/aliens/" + alien);
        String everything = jdbc.sql("SELECT string_agg(e::text, ' ') FROM access_log.entry e")
                .query(String.class)
                .single();
        assertThat(everything).doesNotContain(lastVNumber).doesNotContain(alien);
        assertThat(everything).contains(pseudonyms.of(UUID.fromString(alien)));
    }

    @Test
    void givenAnAuditor_whenPaging_thenNextAndPrevLinks() {
        Http dtenv = Http.as(port, "u-pager", "DTENV", "DTENV");
        for (int i = 0; i < 3; i++) {
            register(dtenv);
        }
        Http auditor = Http.as(port, "AUDITOR");
        JsonNode first = auditor.get("/v1/access-log?userId=u-pager&pageSize=2").json();
        assertThat(first.get("entries").size()).isEqualTo(2);
        assertThat(first.get("_links").has("prev")).isFalse();
        String next = first.get("_links").get("next").get("href").asString();
        assertThat(next).isEqualTo("/v1/access-log?userId=u-pager&page=2&pageSize=2");
        JsonNode second = auditor.get(next).json();
        assertThat(second.get("entries").size()).isEqualTo(1);
        assertThat(second.get("_links").has("next")).isFalse();
        assertThat(second.get("_links").get("prev").get("href").asString())
                .isEqualTo("/v1/access-log?userId=u-pager&page=1&pageSize=2");
    }

    @Test
    void givenAnAuditor_whenSearchingByThePersonsIdInTheBody_thenFoundByPseudonym() {
        String alien = register(Http.asDtenv(port));
        Http.Response found = Http.as(port, "AUDITOR").post("/v1/access-log/_zoek", """
                {"alienId":"%s"}""".formatted(alien));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("entries").size()).isEqualTo(1);
        assertThat(found.json().get("_links").get("self").get("href").asString())
                .contains(pseudonyms.of(UUID.fromString(alien)));
    }

    @Test
    void givenATraceId_whenQuerying_thenOnlyThatRequest() {
        String trace = randomHex(32);
        register(Http.asDtenv(port).header("traceparent", "00-" + trace + "-" + randomHex(16) + "-01"));
        JsonNode entries = Http.as(port, "AUDITOR")
                .get("/v1/access-log?traceId=" + trace)
                .json()
                .get("entries");
        assertThat(entries.size()).isEqualTo(1);
    }

    @Test
    void givenOtherRolesOrBadQueries_thenRefused() {
        assertThat(Http.asDtenv(port).get("/v1/access-log").status()).isEqualTo(403);
        assertThat(Http.as(port, "ADMIN").get("/v1/access-log").status()).isEqualTo(403);
        Http.Response bad = Http.as(port, "AUDITOR").get("/v1/access-log?personPseudonym=x&traceId=y&pageSize=1000");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().get("errors").size()).isEqualTo(3);
    }

    @Test
    void givenTheTable_whenUpdatingDeletingOrTruncating_thenTheDatabaseRefuses() {
        register(Http.asDtenv(port));
        // the service's role lacks the privilege (issue 9); the triggers refuse even the owner
        for (String statement : new String[] {
            "UPDATE access_log.entry SET status = 200", "DELETE FROM access_log.entry", "TRUNCATE access_log.entry"
        }) {
            assertThatThrownBy(() -> jdbc.sql(statement).update())
                    .satisfiesAnyOf(
                            refused -> assertThat(refused).hasStackTraceContaining("append-only"),
                            refused -> assertThat(refused).hasStackTraceContaining("permission denied"));
        }
    }

    // ---- issue 9: a log that cannot miss, in the fields of Logboek Dataverwerkingen ----

    /** A user whose records the database refuses, so that writing the access log fails for exactly its requests. */
    private static final String UNLOGGED = "u-unlogged";

    /** As the table's owner: the service's own role may not alter the table (least privilege, issue 9). */
    private void refuseRecordsOf(String userId, Runnable then) {
        try (DatabaseOwner owner = DatabaseOwner.of(context)) {
            owner.jdbc()
                    .sql(
                            "ALTER TABLE access_log.entry ADD CONSTRAINT test_refuses_user CHECK (user_id IS DISTINCT FROM '"
                                    + userId + "') NOT VALID")
                    .update();
            try {
                then.run();
            } finally {
                owner.jdbc()
                        .sql("ALTER TABLE access_log.entry DROP CONSTRAINT test_refuses_user")
                        .update();
            }
        }
    }

    @Test
    void givenTheAccessLogCannotWrite_whenACommandIsSent_then503AndTheCommandDidNotCommit() {
        Http unlogged = Http.as(port, UNLOGGED, "DTENV", "DTENV");
        refuseRecordsOf(UNLOGGED, () -> {
            long events = events();
            Http.Response response = unlogged.post("/v1/aliens", """
                    {"vNumber":"%s","givenNames":"Amal","surname":"Haddad","dateOfBirth":"1991-06-15",
                     "claimedNationality":"SYR","unaccompaniedMinor":false,"familyMembers":[],"registeredOn":"2026-11-01"}
                    """.formatted(randomVNumber()));

            assertThat(response.status()).as(response.body()).isEqualTo(503);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("code").asString()).isEqualTo("ACCESS_LOG_UNAVAILABLE");
            assertThat(response.body()).doesNotContain("alienId");
            assertThat(events())
                    .as("no event committed without its access record")
                    .isEqualTo(events);
        });
    }

    @Test
    void givenTheAccessLogCannotWrite_whenReadingOrSearching_then503AndNothingReturned() {
        Http dtenv = Http.asDtenv(port);
        String alien = register(dtenv);
        String caseId = dtenv.post("/v1/cases", """
                        {"alienId":"%s","source":"DTENV","signalledOn":"2026-11-02"}
                        """.formatted(alien))
                .json()
                .get("caseId")
                .asString();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> dtenv.get("/v1/cases/" + caseId).status() == 200);
        Http unlogged = Http.as(port, UNLOGGED, "DTENV", "DTENV");
        refuseRecordsOf(UNLOGGED, () -> {
            for (Http.Response response : List.of(
                    unlogged.get("/v1/cases/" + caseId),
                    unlogged.get("/v1/cases/" + caseId + "/history"),
                    unlogged.get("/v1/aliens/" + alien),
                    unlogged.post("/v1/aliens/_zoek", "{\"vNumber\":\"1234567890\"}"))) {
                assertThat(response.status()).as(response.body()).isEqualTo(503);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.header("ETag")).isNull();
                assertThat(response.body()).doesNotContain(alien).doesNotContain("phase");
            }
        });
        assertThat(dtenv.get("/v1/cases/" + caseId).status()).isEqualTo(200);
    }

    @Test
    void givenACommand_whenItCommits_thenItsRecordWasWrittenInTheSameTransaction() {
        String trace = randomHex(32);
        String alien = register(Http.asDtenv(port).header("traceparent", "00-" + trace + "-" + randomHex(16) + "-01"));

        String eventTransaction = jdbc.sql("SELECT xmin::text FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", alien)
                .query(String.class)
                .single();
        String recordTransaction = jdbc.sql("SELECT xmin::text FROM access_log.entry WHERE trace_id = :trace")
                .param("trace", trace)
                .query(String.class)
                .single();
        assertThat(recordTransaction).isEqualTo(eventTransaction);
    }

    @Test
    void givenARefusedCommand_thenItsRefusalIsRecordedOnceOutsideTheRolledBackTransaction() {
        String trace = randomHex(32);
        Http.Response refused = Http.asDtenv(port)
                .header("traceparent", "00-" + trace + "-" + randomHex(16) + "-01")
                .post("/v1/cases", """
                        {"alienId":"%s","source":"DTENV","signalledOn":"2026-11-02"}
                        """.formatted(UUID.randomUUID()));
        assertThat(refused.status()).isEqualTo(422);

        JsonNode entries = Http.as(port, "AUDITOR")
                .get("/v1/access-log?traceId=" + trace)
                .json()
                .get("entries");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("status").asInt()).isEqualTo(422);
        assertThat(entries.get(0).get("statusCode").asString()).isEqualTo("UNSET");
        assertThat(entries.get(0).get("name").asString()).isEqualTo("signal a return case");
    }

    @Test
    void givenARequest_thenItsRecordCarriesTheFieldsOfLogboekDataverwerkingen() {
        String trace = randomHex(32);
        String parentSpan = randomHex(16);
        String alien = register(Http.asDtenv(port));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Http.as(port, "IND").get("/v1/aliens/" + alien).status() == 200);
        Http.as(port, "IND")
                .header("traceparent", "00-" + trace + "-" + parentSpan + "-01")
                .get("/v1/aliens/" + alien);

        JsonNode entry = Http.as(port, "AUDITOR")
                .get("/v1/access-log?traceId=" + trace)
                .json()
                .get("entries")
                .get(0);
        assertThat(entry.get("traceId").asString()).isEqualTo(trace);
        assertThat(entry.get("spanId").asString()).matches("[0-9a-f]{16}").isNotEqualTo(parentSpan);
        assertThat(entry.get("parentSpanId").asString()).isEqualTo(parentSpan);
        assertThat(entry.get("name").asString()).isEqualTo("read a person's legal position");
        assertThat(entry.get("statusCode").asString()).as(entry.toString()).isEqualTo("OK");
        assertThat(entry.get("processingActivityId").asString())
                .isEqualTo("urn:nl:terugkeer:verwerkingsactiviteit:verblijfspositie-vastleggen");
        assertThat(entry.get("personPseudonym").asString()).isEqualTo(pseudonyms.of(UUID.fromString(alien)));
        assertThat(entry.get("dataSubjectIdType").asString()).isEqualTo(AccessLog.DATA_SUBJECT_ID_TYPE);
        assertThat(Instant.parse(entry.get("startTime").asString()))
                .isBeforeOrEqualTo(Instant.parse(entry.get("endTime").asString()));
    }

    @Test
    void givenASearchReturningTwoPersons_thenOneChildRecordPerPersonUnderTheSearchsRecord() {
        String surname = "Logzoek" + randomHex(6).replaceAll("[0-9]", "x");
        Http dtenv = Http.asDtenv(port);
        List<String> aliens = List.of(registerAs(dtenv, surname), registerAs(dtenv, surname));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> dtenv.post("/v1/aliens/_zoek", "{\"surname\":\"" + surname + "\"}")
                                .json()
                                .get("persons")
                                .size()
                        == 2);
        String trace = randomHex(32);
        dtenv.header("traceparent", "00-" + trace + "-" + randomHex(16) + "-01")
                .post("/v1/aliens/_zoek", "{\"surname\":\"" + surname + "\"}");

        JsonNode entries = Http.as(port, "AUDITOR")
                .get("/v1/access-log?traceId=" + trace)
                .json()
                .get("entries");
        assertThat(entries).hasSize(3);
        JsonNode search = entries.valueStream()
                .filter(e -> e.get("personPseudonym").isNull())
                .findFirst()
                .orElseThrow();
        assertThat(search.get("action").asString()).isEqualTo("SEARCH");
        List<JsonNode> children = entries.valueStream()
                .filter(e -> !e.get("personPseudonym").isNull())
                .toList();
        assertThat(children)
                .allSatisfy(child -> assertThat(child.get("parentSpanId").asString())
                        .isEqualTo(search.get("spanId").asString()));
        assertThat(children.stream().map(c -> c.get("personPseudonym").asString()))
                .containsExactlyInAnyOrderElementsOf(aliens.stream()
                        .map(a -> pseudonyms.of(UUID.fromString(a)))
                        .toList());
    }

    @Test
    void givenAWorkList_whenAMunicipalityReadsIt_thenThePersonsOfItsCasesAreRecorded() {
        Http dtenv = Http.asDtenv(port);
        String alien = registerAs(dtenv, "Werklijst");
        Http.Response signalled = dtenv.post("/v1/cases", """
                {"alienId":"%s","source":"MUNICIPALITY","municipalityCode":"GM0777","signalledOn":"2026-11-02"}
                """.formatted(alien));
        assertThat(signalled.status()).isEqualTo(201);
        String caseId = signalled.json().get("caseId").asString();
        Http municipality = Http.asGemeente(port, "GM0777");
        await().atMost(Duration.ofSeconds(10)).until(() -> municipality
                .get("/v1/work-lists?municipalityCode=GM0777")
                .body()
                .contains(caseId));

        String trace = randomHex(32);
        municipality
                .header("traceparent", "00-" + trace + "-" + randomHex(16) + "-01")
                .get("/v1/work-lists?municipalityCode=GM0777");

        JsonNode entries = Http.as(port, "AUDITOR")
                .get("/v1/access-log?traceId=" + trace)
                .json()
                .get("entries");
        assertThat(entries.findValuesAsString("personPseudonym")).contains(pseudonyms.of(UUID.fromString(alien)));
    }

    @Test
    void givenAnAdministrator_whenOperatingOnProjections_thenEachOperationIsLogged() {
        Http admin = Http.as(port, "u-admin-logged", "ADMIN", "ADMIN");
        admin.get("/v1/admin/projections");
        admin.post("/v1/admin/projections/no-such-projection/rebuild", "");

        JsonNode entries = Http.as(port, "AUDITOR")
                .get("/v1/access-log?userId=u-admin-logged")
                .json()
                .get("entries");
        assertThat(entries.valueStream()
                        .map(e -> e.get("name").asString() + " "
                                + e.get("resource").asString() + " "
                                + e.get("status").asInt()))
                .containsExactlyInAnyOrder(
                        "read the projections' state /v1/admin/projections 200",
                        "rebuild a projection /v1/admin/projections/no-such-projection/rebuild 404");
    }

    @Test
    void givenAConsumer_whenFollowingTheFeedAndListingSubscriptions_thenEachReadIsLoggedButNotTheSchemas() {
        Http coa = Http.as(port, "u-coa-logged", "COA", "COA");
        coa.get("/v1/feed?limit=1");
        coa.get("/v1/subscriptions");
        coa.get("/v1/feed/schemas/nl.terugkeer.rijksopvang.gewijzigd.json");

        JsonNode entries = Http.as(port, "AUDITOR")
                .get("/v1/access-log?userId=u-coa-logged")
                .json()
                .get("entries");
        assertThat(entries.valueStream()
                        .map(e -> e.get("name").asString() + " "
                                + e.get("resource").asString() + " "
                                + e.get("status").asInt()))
                .containsExactlyInAnyOrder(
                        "follow the changes /v1/feed 200", "list subscriptions /v1/subscriptions 200");
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domainevententry")
                .query(Long.class)
                .single();
    }

    private static String registerAs(Http http, String surname) {
        Http.Response registered = http.post("/v1/aliens", """
                {"vNumber":"%s","givenNames":"Amal","surname":"%s","dateOfBirth":"1991-06-15",
                 "claimedNationality":"SYR","unaccompaniedMinor":false,"familyMembers":[],"registeredOn":"2026-11-01"}
                """.formatted(randomVNumber(), surname));
        assertThat(registered.status()).isEqualTo(201);
        return registered.json().get("alienId").asString();
    }
    /** The V-number of the last registration; each registration has its own (a V-number is registered once). */
    private static String lastVNumber;

    private static String register(Http http) {
        lastVNumber = String.valueOf(1_000_000_000L + (long) (Math.random() * 8_999_999_999L));
        Http.Response registered = http.post("/v1/aliens", """
                {"vNumber":"%s","givenNames":"Amal","surname":"Haddad","dateOfBirth":"1991-06-15",
                 "claimedNationality":"SYR","unaccompaniedMinor":false,"familyMembers":[],"registeredOn":"2026-11-01"}
                """.formatted(lastVNumber));
        assertThat(registered.status()).isEqualTo(201);
        return registered.json().get("alienId").asString();
    }

    private static String randomVNumber() {
        return String.valueOf(1_000_000_000L + (long) (Math.random() * 8_999_999_999L));
    }

    private static String randomHex(int length) {
        return UUID.randomUUID().toString().replace("-", "").repeat(2).substring(0, length);
    }
}
