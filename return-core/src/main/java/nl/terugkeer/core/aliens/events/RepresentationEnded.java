package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;

/** The representative no longer acts for the person from {@code endedOn}. */
public record RepresentationEnded(AlienId alienId, LocalDate endedOn) implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return endedOn;
    }
}
