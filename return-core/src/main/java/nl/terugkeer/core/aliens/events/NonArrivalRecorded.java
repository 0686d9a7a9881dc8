package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.ArrivalDeadline;
import nl.terugkeer.core.shared.AlienId;

/**
 * The person, transferred or referred on {@code sentOn}, did not arrive within the deadline; reception under the
 * Rva 2005 ends when it ran out (art. 7(1)(i): 48 hours after a transfer; art. 4(3)(a): 24 hours after a referral).
 */
public record NonArrivalRecorded(AlienId alienId, ArrivalDeadline deadline, LocalDate sentOn) implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return sentOn;
    }
}
