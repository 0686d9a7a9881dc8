package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;

/** Fraud with the reception provisions is established; it ends reception under the Rva 2005 (art. 7(1)(k)). */
public record ReceptionFraudEstablished(AlienId alienId, LocalDate establishedOn) implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return establishedOn;
    }
}
