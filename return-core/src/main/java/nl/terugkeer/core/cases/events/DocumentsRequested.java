package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/** Documents were requested (documenten opgevraagd): what, and from whom. */
public record DocumentsRequested(CaseId caseId, String documents, String requestedFrom, LocalDate requestedOn)
        implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return requestedOn;
    }
}
