package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/** DTenV established that the person cannot leave through no fault of his own (buitenschuld vastgesteld, Vc B8/4). */
public record BuitenschuldEstablished(CaseId caseId, LocalDate establishedOn) implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return establishedOn;
    }
}
