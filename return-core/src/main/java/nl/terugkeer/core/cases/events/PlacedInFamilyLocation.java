package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/** The family was placed in a family location (plaatsing gezinslocatie); no fixed end. */
public record PlacedInFamilyLocation(CaseId caseId, LocalDate placedOn) implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return placedOn;
    }
}
