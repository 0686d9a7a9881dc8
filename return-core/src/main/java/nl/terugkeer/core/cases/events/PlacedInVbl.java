package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/** The person was placed in the freedom-restricting location (plaatsing VBL, art. 56 Vw) until {@code endsOn}, 12 weeks later. */
public record PlacedInVbl(CaseId caseId, LocalDate placedOn, LocalDate endsOn) implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return placedOn;
    }
}
