package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;

/** Deferral of departure is granted until a date (uitstel van vertrek verleend), at most 1 year (Vc A3/7). */
public record DepartureDeferralGranted(AlienId alienId, LocalDate grantedOn, LocalDate validUntil)
        implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return grantedOn;
    }
}
