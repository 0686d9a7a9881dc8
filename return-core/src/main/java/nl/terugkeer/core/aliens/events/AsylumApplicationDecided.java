package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.aliens.DepartureTerm;
import nl.terugkeer.core.shared.AlienId;

/** The IND decided the pending asylum application (beslissing asielaanvraag); a rejection carries the departure term (vertrektermijn, Vw art. 62), a grant none. */
public record AsylumApplicationDecided(
        AlienId alienId, DecisionOutcome outcome, DepartureTerm departureTerm, LocalDate decidedOn)
        implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return decidedOn;
    }
}
