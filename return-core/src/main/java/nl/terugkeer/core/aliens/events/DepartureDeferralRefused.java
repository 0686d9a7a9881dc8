package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;

/** The art. 64 request is refused (uitstel van vertrek geweigerd); the request is closed. */
public record DepartureDeferralRefused(AlienId alienId, LocalDate refusedOn) implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return refusedOn;
    }
}
