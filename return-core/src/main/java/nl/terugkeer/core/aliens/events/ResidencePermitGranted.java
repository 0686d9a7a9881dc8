package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.PermitKind;
import nl.terugkeer.core.shared.AlienId;

/** A residence permit is granted (verblijfsvergunning verleend) of a kind, valid from/until. */
public record ResidencePermitGranted(
        AlienId alienId, PermitKind kind, LocalDate validFrom, LocalDate validUntil, LocalDate grantedOn)
        implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return grantedOn;
    }
}
