package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/** The person asked DTenV to mediate (bemiddelingsverzoek) towards a travel document or buitenschuld. */
public record MediationRequested(CaseId caseId, LocalDate requestedOn) implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return requestedOn;
    }
}
