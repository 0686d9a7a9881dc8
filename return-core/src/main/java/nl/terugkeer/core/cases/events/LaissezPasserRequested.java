package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.cases.LaissezPasserPurpose;
import nl.terugkeer.core.shared.CaseId;

/** A laissez-passer was requested from the mission of a country (LP-aanvraag), for a purpose. */
public record LaissezPasserRequested(CaseId caseId, String country, LaissezPasserPurpose purpose, LocalDate requestedOn)
        implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return requestedOn;
    }
}
