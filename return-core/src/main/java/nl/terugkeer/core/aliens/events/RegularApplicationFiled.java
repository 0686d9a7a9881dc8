package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;

/** A regular (non-asylum) residence application is filed (reguliere aanvraag ingediend) for a purpose (verblijfsdoel). */
public record RegularApplicationFiled(AlienId alienId, String purpose, LocalDate filedOn) implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return filedOn;
    }
}
