package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.AsylumApplicationKind;
import nl.terugkeer.core.shared.AlienId;

/** An asylum application is filed (asielaanvraag ingediend), first or repeated; it gives rijksopvang from filing (Rva art. 1(d), 3). */
public record AsylumApplicationFiled(AlienId alienId, AsylumApplicationKind kind, LocalDate filedOn)
        implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return filedOn;
    }
}
