package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;

/** The art. 64 deferral in force ends (einde uitstel van vertrek); the duty to leave revives (Vc A3/7). */
public record DepartureDeferralEnded(AlienId alienId, LocalDate endedOn) implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return endedOn;
    }
}
