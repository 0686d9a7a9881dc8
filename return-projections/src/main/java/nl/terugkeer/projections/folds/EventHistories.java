package nl.terugkeer.projections.folds;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import nl.terugkeer.core.aliens.SequencedAlienEvent;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.cases.SequencedCaseEvent;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads an aggregate's stored events back as the sequenced events that core's folds take, optionally only those
 * recorded up to a moment (as known then) or up to a sequence number.
 */
public class EventHistories {

    private final EventStore events;

    public EventHistories(EventStore events) {
        this.events = events;
    }

    public List<SequencedCaseEvent> ofCase(CaseId caseId, long lastSequence) {
        return read(caseId.toString(), m -> m.getSequenceNumber() <= lastSequence).stream()
                .map(m -> new SequencedCaseEvent(m.getSequenceNumber(), (CaseEvent) m.getPayload()))
                .toList();
    }

    public List<SequencedCaseEvent> ofCaseKnownAt(CaseId caseId, Instant knownAt) {
        return read(caseId.toString(), m -> !m.getTimestamp().isAfter(knownAt)).stream()
                .map(m -> new SequencedCaseEvent(m.getSequenceNumber(), (CaseEvent) m.getPayload()))
                .toList();
    }

    public List<SequencedAlienEvent> ofAlien(AlienId alienId) {
        return ofAlienKnownAt(alienId, Instant.MAX);
    }

    public List<SequencedAlienEvent> ofAlien(AlienId alienId, long lastSequence) {
        return read(alienId.toString(), m -> m.getSequenceNumber() <= lastSequence).stream()
                .map(m -> new SequencedAlienEvent(m.getSequenceNumber(), (AlienEvent) m.getPayload()))
                .toList();
    }

    public List<SequencedAlienEvent> ofAlienKnownAt(AlienId alienId, Instant knownAt) {
        return read(alienId.toString(), m -> !m.getTimestamp().isAfter(knownAt)).stream()
                .map(m -> new SequencedAlienEvent(m.getSequenceNumber(), (AlienEvent) m.getPayload()))
                .toList();
    }

    /**
     * Events in sequence order while {@code keep} holds (timestamps and sequences only grow in a stream). From the
     * first event, never from a snapshot: a history is every event, and {@code readEvents(id)} would first look for a
     * snapshot, a query of its own on every read (issue 13).
     */
    private List<? extends DomainEventMessage<?>> read(String aggregateId, Predicate<DomainEventMessage<?>> keep) {
        return events.readEvents(aggregateId, 0).asStream().takeWhile(keep).toList();
    }
}
