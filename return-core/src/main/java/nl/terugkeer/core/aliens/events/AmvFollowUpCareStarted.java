package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;

/** The guardian organisation took over an unaccompanied minor's care; COA reception as an amv ends (Rva 2005 art. 6). */
public record AmvFollowUpCareStarted(AlienId alienId, LocalDate startedOn) implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return startedOn;
    }
}
