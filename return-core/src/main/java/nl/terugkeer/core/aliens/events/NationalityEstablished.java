package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;

/** The person's nationality is established (nationaliteit vastgesteld), as a 3-letter ICAO code. */
public record NationalityEstablished(AlienId alienId, String nationality, LocalDate establishedOn)
        implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return establishedOn;
    }
}
