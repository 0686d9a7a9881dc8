package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.cases.TravelDocumentKind;
import nl.terugkeer.core.shared.CaseId;

/** A (replacement) travel document was obtained (reisdocument verkregen), valid until a date. */
public record TravelDocumentObtained(CaseId caseId, TravelDocumentKind kind, LocalDate validUntil, LocalDate obtainedOn)
        implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return obtainedOn;
    }
}
