package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/** A case manager (regievoerder) was assigned to the case. */
public record CaseManagerAssigned(CaseId caseId, String caseManager, LocalDate assignedOn) implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return assignedOn;
    }
}
