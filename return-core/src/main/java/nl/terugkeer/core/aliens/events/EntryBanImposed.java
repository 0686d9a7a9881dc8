package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;

/** An entry ban is imposed (inreisverbod, Vw art. 66a) for a number of years allowed by Vb art. 6.5a; it ends rijksopvang at once (Rva art. 7(1)(h)). */
public record EntryBanImposed(AlienId alienId, int durationInYears, LocalDate imposedOn) implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return imposedOn;
    }
}
