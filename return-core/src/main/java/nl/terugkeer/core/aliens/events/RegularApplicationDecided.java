package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.shared.AlienId;

/** The IND decided the regular application filed at {@code applicationSequence} (beslissing reguliere aanvraag). */
public record RegularApplicationDecided(
        AlienId alienId, long applicationSequence, DecisionOutcome outcome, LocalDate decidedOn) implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return decidedOn;
    }
}
