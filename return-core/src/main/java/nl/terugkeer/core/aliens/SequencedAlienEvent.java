package nl.terugkeer.core.aliens;

import java.util.Objects;
import nl.terugkeer.core.aliens.events.AlienEvent;

/** An alien event with its aggregate sequence number (volgnummer), the handle by which corrections name it. */
public record SequencedAlienEvent(long sequence, AlienEvent event) {

    public SequencedAlienEvent {
        Objects.requireNonNull(event, "event");
    }
}
