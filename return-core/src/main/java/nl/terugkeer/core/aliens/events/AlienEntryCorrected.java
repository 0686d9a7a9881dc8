package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;

/** The entry at {@code correctedSequence} (of type {@code correctedEventType}) is to be treated as not recorded (correctie); history itself is never edited. */
public record AlienEntryCorrected(
        AlienId alienId, long correctedSequence, String correctedEventType, String reason, LocalDate correctedOn)
        implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return correctedOn;
    }
}
