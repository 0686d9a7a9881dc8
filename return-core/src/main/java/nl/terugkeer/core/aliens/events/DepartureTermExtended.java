package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;

/** The current departure term was extended to {@code lastDay} (included) (Vw art. 62(3)). */
public record DepartureTermExtended(AlienId alienId, LocalDate lastDay, LocalDate decidedOn) implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return decidedOn;
    }
}
