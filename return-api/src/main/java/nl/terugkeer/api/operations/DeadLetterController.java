package nl.terugkeer.api.operations;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.terugkeer.api.http.Problems;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The projections' dead letters (issue 14, ADR 0026, docs/runbooks/projection-dead-letters.md), ADMIN only
 * ({@code AccessPolicy}): list them, retry every sequence of a projection once, or evict one letter for good.
 */
@RestController
class DeadLetterController {

    private final EventProcessingConfiguration processing;

    DeadLetterController(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** One dead event: where it waits, what it is and why it failed. */
    record DeadLetterView(
            String projection,
            String id,
            String sequence,
            long indexInSequence,
            String eventId,
            String eventType,
            Long aggregateSequenceNumber,
            Instant enqueuedAt,
            Instant lastTouched,
            String causeType,
            String causeMessage) {}

    record DeadLetters(List<DeadLetterView> entries) {}

    record RetryOutcome(String projection, int sequencesTried, int sequencesCleared, long deadLettersLeft) {}

    @Operation(summary = "The events each projection could not handle, per sequence, oldest first")
    @GetMapping("/v1/admin/dead-letters")
    DeadLetters list() {
        List<DeadLetterView> entries = new ArrayList<>();
        for (String projection : DeadLetterConfiguration.PROJECTIONS) {
            queue(projection).ifPresent(queue -> {
                for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                    for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                        entries.add(view(projection, letter));
                    }
                }
            });
        }
        return new DeadLetters(entries);
    }

    @Operation(summary = "Retry every dead-lettered sequence of a projection once, in order")
    @PostMapping("/v1/admin/dead-letters/{projection}/retries")
    ResponseEntity<?> retry(@PathVariable String projection) {
        Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = queue(projection);
        Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processor =
                processing.sequencedDeadLetterProcessor(projection);
        if (queue.isEmpty() || processor.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.notFound("projection"));
        }
        List<String> firstOfEachSequence = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence :
                queue.get().deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                firstOfEachSequence.add(letter.message().getIdentifier());
                break;
            }
        }
        int cleared = 0;
        for (String eventId : firstOfEachSequence) {
            if (processor
                    .get()
                    .process(letter -> letter.message().getIdentifier().equals(eventId))) {
                cleared++;
            }
        }
        return ResponseEntity.accepted()
                .body(new RetryOutcome(
                        projection,
                        firstOfEachSequence.size(),
                        cleared,
                        queue.get().size()));
    }

    @Operation(summary = "Evict one dead letter: its event is given up for this projection (a rebuild brings it back)")
    @DeleteMapping("/v1/admin/dead-letters/{projection}/{letterId}")
    ResponseEntity<?> evict(@PathVariable String projection, @PathVariable UUID letterId) {
        Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = queue(projection);
        if (queue.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.notFound("projection"));
        }
        String wanted = letterId.toString();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence :
                queue.get().deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (letter instanceof JdbcDeadLetter<?> jdbc
                        && jdbc.getIdentifier().equals(wanted)) {
                    queue.get().evict(letter);
                    return ResponseEntity.noContent().build();
                }
            }
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.notFound("dead letter"));
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String projection) {
        if (!DeadLetterConfiguration.PROJECTIONS.contains(projection)) {
            return Optional.empty();
        }
        return processing.deadLetterQueue(projection);
    }

    private static DeadLetterView view(String projection, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        JdbcDeadLetter<?> jdbc = letter instanceof JdbcDeadLetter<?> j ? j : null;
        Long aggregateSequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
        return new DeadLetterView(
                projection,
                jdbc == null ? null : jdbc.getIdentifier(),
                jdbc == null ? null : jdbc.getSequenceIdentifier(),
                jdbc == null ? -1 : jdbc.getSequenceIndex(),
                message.getIdentifier(),
                message.getPayloadType().getSimpleName(),
                aggregateSequence,
                letter.enqueuedAt(),
                letter.lastTouched(),
                letter.cause().map(c -> c.type()).orElse(null),
                letter.cause().map(c -> c.message()).orElse(null));
    }
}
