package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.terugkeer.core.cases.SignalSource;
import nl.terugkeer.core.cases.commands.SignalReturn;
import nl.terugkeer.core.cases.events.ReturnSignalled;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two appends racing for one aggregate: exactly one wins, the other is Axon's conflict exception, not a generic
 * storage error (stack.md trap 5). The API answers both with 409.
 */
@ReturnApiTest
class ConcurrentAppendTest {

    @Autowired
    EventStorageEngine storage;

    @Autowired
    CommandGateway commands;

    @Test
    void givenAStream_whenTwoEventsAreAppendedAtTheSameSequence_thenTheSecondIsAConcurrencyException() {
        CaseId caseId = CaseId.newId();
        storage.appendEvents(eventAt(caseId, 0));
        storage.appendEvents(eventAt(caseId, 1));

        assertThatThrownBy(() -> storage.appendEvents(eventAt(caseId, 1))).isInstanceOf(ConcurrencyException.class);
        assertThat(storage.readEvents(caseId.toString()).asStream()).hasSize(2);
    }

    @Test
    void givenANewStream_whenItIsCreatedTwice_thenTheSecondIsAStreamCreationConflict() {
        CaseId caseId = CaseId.newId();
        storage.appendEvents(eventAt(caseId, 0));

        assertThatThrownBy(() -> storage.appendEvents(eventAt(caseId, 0)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(storage.readEvents(caseId.toString()).asStream()).hasSize(1);
    }

    @Test
    void givenTwoRacingCommandsCreatingOneCase_whenBothRun_thenOneWinsAndTheOtherGetsAStreamCreationConflict()
            throws Exception {
        CaseId caseId = CaseId.newId();
        AlienId alienId = AlienId.newId();
        commands.sendAndWait(UniqueVNumbers.registerAlien(alienId));
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Object>> racers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            racers.add(() -> {
                start.await();
                return commands.sendAndWait(signal(caseId, alienId));
            });
        }
        List<Throwable> failures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Object>> results = racers.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Object> result : results) {
                try {
                    result.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
        }
        assertThat(failures).hasSize(1).first().isInstanceOf(AggregateStreamCreationException.class);
        assertThat(storage.readEvents(caseId.toString()).asStream()).hasSize(1);
    }

    private static SignalReturn signal(CaseId caseId) {
        return signal(caseId, AlienId.newId());
    }

    private static SignalReturn signal(CaseId caseId, AlienId alienId) {
        return new SignalReturn(caseId, alienId, SignalSource.IND, null, "race", java.time.LocalDate.of(2026, 11, 1));
    }

    private static GenericDomainEventMessage<ReturnSignalled> eventAt(CaseId caseId, long sequence) {
        SignalReturn c = signal(caseId);
        return new GenericDomainEventMessage<>(
                "Case",
                caseId.toString(),
                sequence,
                new ReturnSignalled(
                        caseId, c.alienId(), c.source(), null, "race " + UUID.randomUUID(), c.signalledOn()));
    }
}
