package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;

/**
 * Interim relief (voorlopige voorziening) is requested against an asylum rejection; while it is pending reception
 * continues (Rva 2005 art. 5).
 */
public record InterimReliefRequested(AlienId alienId, LocalDate requestedOn) implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return requestedOn;
    }
}
