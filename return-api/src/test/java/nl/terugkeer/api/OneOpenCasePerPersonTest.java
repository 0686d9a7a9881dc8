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
import nl.terugkeer.core.testdata.AlienSamples;
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
    void givenAClosedCase_whenANewCaseIsSignalled_thenItIsAccepted() {
        AlienId alienId = AlienId.newId();
        commands.sendAndWait(AlienSamples.registerAlien(alienId));
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
        commands.sendAndWait(AlienSamples.registerAlien(alienId));
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
