package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.terugkeer.core.cases.CaseRejection;
import nl.terugkeer.core.cases.CloseReason;
import nl.terugkeer.core.cases.DepartureType;
import nl.terugkeer.core.cases.SignalSource;
import nl.terugkeer.core.cases.commands.SignalReturn;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.RuleViolation;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A person has at most one open return case; a case is only signalled for a registered person. */
@ReturnApiTest
class OneOpenCasePerPersonTest {

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void givenAnOpenCase_whenAnotherIsSignalledForThePerson_then422AndNothingStored() {
        Http dtenv = Http.asDtenv(port);
        String alienId = CaseLifecycleEndToEndTest.registerAlien(dtenv);
        String signal = """
                {"alienId":"%s","source":"IND","reason":"rejected","signalledOn":"2026-11-02"}
                """.formatted(alienId);
        assertThat(dtenv.post("/v1/cases", signal).status()).isEqualTo(201);
        long before = events();

        Http.Response second = dtenv.post("/v1/cases", signal);

        assertThat(second.status()).isEqualTo(422);
        assertThat(second.json().get("code").asString()).isEqualTo("ALIEN_HAS_OPEN_CASE");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void givenAnUnknownPerson_whenACaseIsSignalled_then422() {
        Http.Response response = Http.asDtenv(port).post("/v1/cases", """
                {"alienId":"%s","source":"IND","reason":"rejected","signalledOn":"2026-11-02"}
                """.formatted(AlienId.newId()));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("code").asString()).isEqualTo("UNKNOWN_ALIEN");
    }

    @Test
    void givenAClosedCaseAndANewOpenOne_whenTheClosedCaseIsReopened_then422AndNothingStored() {
        Http dtenv = Http.asDtenv(port);
        String alienId = CaseLifecycleEndToEndTest.registerAlien(dtenv);
        String first = signalOverHttp(dtenv, alienId);
        close(dtenv, first);
        signalOverHttp(dtenv, alienId);
        long before = events();

        Http.Response reopened = dtenv.post("/v1/cases/" + first + "/reopenings", REOPENING);

        assertThat(reopened.status()).as(reopened.body()).isEqualTo(422);
        assertThat(reopened.json().get("code").asString()).isEqualTo("ALIEN_HAS_OPEN_CASE");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void givenAClosedCase_whenReopened_thenItIsTheOpenCaseAndANewSignalIsRefused() {
        Http dtenv = Http.asDtenv(port);
        String alienId = CaseLifecycleEndToEndTest.registerAlien(dtenv);
        String first = signalOverHttp(dtenv, alienId);
        close(dtenv, first);

        Http.Response reopened = dtenv.post("/v1/cases/" + first + "/reopenings", REOPENING);

        assertThat(reopened.status()).as(reopened.body()).isEqualTo(201);
        assertThat(openCaseOf(alienId)).isEqualTo(first);
        Http.Response another = dtenv.post("/v1/cases", SIGNAL.formatted(alienId));
        assertThat(another.status()).isEqualTo(422);
        assertThat(another.json().get("code").asString()).isEqualTo("ALIEN_HAS_OPEN_CASE");
    }

    /** V10 recomputes the register from the events; a register left wrong by V4's back-fill is corrected. */
    @Test
    void givenAReopenedCaseMarkedClosedInTheRegister_whenTheRegisterCorrectionRuns_thenItIsOpenAgain()
            throws Exception {
        Http dtenv = Http.asDtenv(port);
        String alienId = CaseLifecycleEndToEndTest.registerAlien(dtenv);
        String closedForGood = signalOverHttp(dtenv, alienId);
        close(dtenv, closedForGood);
        String reopened = signalOverHttp(dtenv, CaseLifecycleEndToEndTest.registerAlien(dtenv));
        close(dtenv, reopened);
        assertThat(dtenv.post("/v1/cases/" + reopened + "/reopenings", REOPENING)
                        .status())
                .isEqualTo(201);
        jdbc.sql(
                        "UPDATE command_side.case_register SET open = (case_id = :closed) WHERE case_id IN (:closed, :reopened)")
                .param("closed", java.util.UUID.fromString(closedForGood))
                .param("reopened", java.util.UUID.fromString(reopened))
                .update();

        jdbc.sql(new String(
                        getClass()
                                .getResourceAsStream("/db/migration/V10__command_side_register_counts_reopenings.sql")
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8))
                .update();

        assertThat(isOpen(closedForGood)).isFalse();
        assertThat(isOpen(reopened)).isTrue();
    }

    private static final String SIGNAL = """
            {"alienId":"%s","source":"IND","reason":"rejected","signalledOn":"2026-11-02"}""";
    private static final String REOPENING = "{\"reason\":\"returned after departure\",\"reopenedOn\":\"2026-11-20\"}";

    private static String signalOverHttp(Http dtenv, String alienId) {
        Http.Response signalled = dtenv.post("/v1/cases", SIGNAL.formatted(alienId));
        assertThat(signalled.status()).as(signalled.body()).isEqualTo(201);
        return signalled.json().get("caseId").asString();
    }

    private static void close(Http dtenv, String caseId) {
        Http.Response closed = dtenv.post("/v1/cases/" + caseId + "/closures", """
                {"reason":"ADMINISTRATIVE","closedOn":"2026-11-10"}""");
        assertThat(closed.status()).as(closed.body()).isEqualTo(201);
    }

    private String openCaseOf(String alienId) {
        return jdbc.sql("SELECT case_id::text FROM command_side.case_register WHERE alien_id = :a AND open")
                .param("a", java.util.UUID.fromString(alienId))
                .query(String.class)
                .single();
    }

    private boolean isOpen(String caseId) {
        return jdbc.sql("SELECT open FROM command_side.case_register WHERE case_id = :c")
                .param("c", java.util.UUID.fromString(caseId))
                .query(Boolean.class)
                .single();
    }

    @Test
    void givenAClosedCase_whenANewCaseIsSignalled_thenItIsAccepted() {
        AlienId alienId = AlienId.newId();
        commands.sendAndWait(UniqueVNumbers.registerAlien(alienId));
        CaseId first = CaseId.newId();
        commands.sendAndWait(signal(first, alienId));
        commands.sendAndWait(new nl.terugkeer.core.cases.commands.RecordDeparture(
                first, DepartureType.INDEPENDENT, java.time.LocalDate.of(2026, 11, 10)));
        commands.sendAndWait(new nl.terugkeer.core.cases.commands.CloseCase(
                first, CloseReason.DEPARTED, java.time.LocalDate.of(2026, 11, 11)));

        CaseId second = CaseId.newId();
        commands.sendAndWait(signal(second, alienId));

        assertThat(jdbc.sql("SELECT case_id FROM command_side.case_register WHERE alien_id = :a AND open")
                        .param("a", alienId.value())
                        .query(java.util.UUID.class)
                        .single())
                .isEqualTo(second.value());
    }

    @Test
    void givenTwoRacingSignalsForOnePerson_whenBothRun_thenExactlyOneCaseIsOpened() throws Exception {
        AlienId alienId = AlienId.newId();
        commands.sendAndWait(UniqueVNumbers.registerAlien(alienId));
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Object>> racers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            racers.add(() -> {
                start.await();
                return commands.sendAndWait(signal(CaseId.newId(), alienId));
            });
        }
        List<Throwable> failures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Object>> results = racers.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Object> result : results) {
                try {
                    result.get();
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
        }
        assertThat(failures).hasSize(3).allSatisfy(failure -> assertThat(failure)
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.rejection().code()).isEqualTo(CaseRejection.ALIEN_HAS_OPEN_CASE)));
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%ReturnSignalled'"
                                + " AND convert_from(payload, 'UTF8')::jsonb ->> 'alienId' = :a")
                        .param("a", alienId.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private static SignalReturn signal(CaseId caseId, AlienId alienId) {
        return new SignalReturn(
                caseId, alienId, SignalSource.IND, null, "rejected", java.time.LocalDate.of(2026, 11, 1));
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domainevententry")
                .query(Long.class)
                .single();
    }
}
