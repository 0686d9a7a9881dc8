package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;

/** The person is established to be stateless (staatloosheid vastgesteld). */
public record StatelessnessEstablished(AlienId alienId, LocalDate establishedOn) implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return establishedOn;
    }
}
