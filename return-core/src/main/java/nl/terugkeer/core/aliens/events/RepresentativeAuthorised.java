package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.RepresentativeKind;
import nl.terugkeer.core.shared.AlienId;

/** A representative (gemachtigde, Awb art. 2:1) acts for the person from {@code from}. */
public record RepresentativeAuthorised(
        AlienId alienId, RepresentativeKind kind, String representativeName, LocalDate from) implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return from;
    }
}
