package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;

/** A reflection period for a presumed trafficking victim is granted (bedenktijd mensenhandel), at most 3 months and once (Vc B8/3). */
public record ReflectionPeriodGranted(AlienId alienId, LocalDate grantedOn, LocalDate endsOn) implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return grantedOn;
    }
}
