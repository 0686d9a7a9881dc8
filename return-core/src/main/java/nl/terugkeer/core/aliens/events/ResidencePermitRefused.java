package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.PermitKind;
import nl.terugkeer.core.shared.AlienId;

/** A residence permit of a kind is refused (verblijfsvergunning geweigerd). */
public record ResidencePermitRefused(AlienId alienId, PermitKind kind, LocalDate refusedOn) implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return refusedOn;
    }
}
