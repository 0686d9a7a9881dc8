package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.DepartureTerm;
import nl.terugkeer.core.aliens.ReturnDecisionOccasion;
import nl.terugkeer.core.shared.AlienId;

/** A return decision outside the asylum procedure was issued (Vw art. 62a), with its departure term (Vw art. 62). */
public record ReturnDecisionIssued(
        AlienId alienId, ReturnDecisionOccasion occasion, DepartureTerm departureTerm, LocalDate issuedOn)
        implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return issuedOn;
    }
}
