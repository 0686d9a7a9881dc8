package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.EquatedCategory;
import nl.terugkeer.core.shared.AlienId;

/**
 * The person belongs to a category equated with an asylum seeker (Rva 2005 art. 3(3)(g), (l), (m)-(o)) from
 * {@code from} through {@code until} (null: while it holds); it gives reception for that time.
 */
public record EquatedCategoryRecorded(AlienId alienId, EquatedCategory category, LocalDate from, LocalDate until)
        implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return from;
    }
}
