package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.shared.AlienId;

/**
 * The court ruled on the pending interim relief: refused, reception ends 4 weeks later (Rva 2005 art. 5); granted,
 * reception continues (Rva 2005 art. 3(3)(a)).
 */
public record InterimReliefDecided(AlienId alienId, DecisionOutcome outcome, LocalDate decidedOn)
        implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return decidedOn;
    }
}
