package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.DeferralGround;
import nl.terugkeer.core.shared.AlienId;

/** Deferral of departure on medical grounds is requested (verzoek uitstel van vertrek, art. 64 Vw); gives no shelter by itself (Rva art. 4(3)(d)). */
public record DepartureDeferralRequested(AlienId alienId, DeferralGround ground, LocalDate requestedOn)
        implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return requestedOn;
    }
}
