package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/** The IND answered the request recorded at sequence {@code requestSequence} (antwoord IND). */
public record IndInformationReceived(CaseId caseId, long requestSequence, String answer, LocalDate receivedOn)
        implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return receivedOn;
    }
}
