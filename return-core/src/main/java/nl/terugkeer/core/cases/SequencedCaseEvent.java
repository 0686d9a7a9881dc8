package nl.terugkeer.core.cases;

import java.util.Objects;
import nl.terugkeer.core.cases.events.CaseEvent;

/** A case event with its aggregate sequence number (volgnummer), the handle by which corrections name it. */
public record SequencedCaseEvent(long sequence, CaseEvent event) {

    public SequencedCaseEvent {
        Objects.requireNonNull(event, "event");
    }
}
