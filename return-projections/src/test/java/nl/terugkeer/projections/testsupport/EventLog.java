package nl.terugkeer.projections.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.testdata.TestClock;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/**
 * Records events the way the aggregates do: appended to the event store (Axon's JDBC storage engine, the
 * application's serializer) with the next sequence number of their aggregate, the aggregate type ("Case" or
 * "Alien") and who recorded them. Each call returns the message a processor would hand to the projections.
 */
public final class EventLog {

    /** The metadata of every event recorded without explicit metadata. */
    public static final Map<String, String> DTENV_USER = Map.of(
            "userId", "u-1001",
            "role", "DTENV",
            "organisation", "DTenV",
            "correlationId", "corr-1",
            "causationId", "cause-1");

    private final TestDatabase database;
    private final Map<String, Long> lastSequences = new HashMap<>();

    public EventLog(TestDatabase database) {
        this.database = database;
    }

    /** A case event, recorded at 09:00 (Amsterdam) on its business date by a DTenV user. */
    public DomainEventMessage<CaseEvent> record(CaseEvent event) {
        return record(event, DTENV_USER, nineOClockOn(event.businessDate()));
    }

    public DomainEventMessage<CaseEvent> record(CaseEvent event, Map<String, ?> metaData, Instant recordedAt) {
        return append("Case", event.caseId().toString(), event, metaData, recordedAt);
    }

    /** A person's event, recorded at 09:00 (Amsterdam) on its business date by a DTenV user. */
    public DomainEventMessage<AlienEvent> record(AlienEvent event) {
        return record(event, DTENV_USER, nineOClockOn(event.businessDate()));
    }

    public DomainEventMessage<AlienEvent> record(AlienEvent event, Map<String, ?> metaData, Instant recordedAt) {
        return append("Alien", event.alienId().toString(), event, metaData, recordedAt);
    }

    public static Instant nineOClockOn(LocalDate date) {
        return date.atTime(LocalTime.of(9, 0)).atZone(TestClock.NETHERLANDS).toInstant();
    }

    private <E> DomainEventMessage<E> append(
            String type, String aggregateId, E event, Map<String, ?> metaData, Instant recordedAt) {
        long sequence = lastSequences.merge(aggregateId, 0L, (last, ignored) -> last + 1);
        String identifier = UUID.nameUUIDFromBytes((aggregateId + "/" + sequence).getBytes(StandardCharsets.UTF_8))
                .toString();
        DomainEventMessage<E> message =
                new GenericDomainEventMessage<>(type, aggregateId, sequence, event, metaData, identifier, recordedAt);
        database.storageEngine().appendEvents(message);
        return message;
    }
}
