package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.cases.CloseReason;
import nl.terugkeer.core.shared.CaseId;

/** The case was closed (zaak afgesloten) with a reason. */
public record CaseClosed(CaseId caseId, CloseReason reason, LocalDate closedOn) implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return closedOn;
    }
}
