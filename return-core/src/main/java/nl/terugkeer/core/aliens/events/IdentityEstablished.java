package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;

/** The person's identity is established without reasonable doubt (identiteit vastgesteld). */
public record IdentityEstablished(AlienId alienId, LocalDate establishedOn) implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return establishedOn;
    }
}
