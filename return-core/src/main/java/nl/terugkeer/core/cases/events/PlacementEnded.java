package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.cases.PlacementKind;
import nl.terugkeer.core.shared.CaseId;

/** The placement in the VBL or family location ended (plaatsing beëindigd). */
public record PlacementEnded(CaseId caseId, PlacementKind kind, LocalDate endedOn) implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return endedOn;
    }
}
