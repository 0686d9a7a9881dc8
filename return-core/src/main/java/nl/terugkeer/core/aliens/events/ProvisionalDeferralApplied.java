package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;

/** Art. 64 is applied provisionally (voorlopig uitstel van vertrek) while the BMA advice is awaited, at most 3 months (Vc A3/7). */
public record ProvisionalDeferralApplied(AlienId alienId, LocalDate appliedOn, LocalDate validUntil)
        implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return appliedOn;
    }
}
