package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;

/**
 * The person has sufficient means of his own (Rva 2005 art. 2) from {@code from} through {@code until} (null: while
 * it holds); reception under the Rva is excluded for that time.
 */
public record SufficientMeansEstablished(AlienId alienId, LocalDate from, LocalDate until) implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return from;
    }
}
