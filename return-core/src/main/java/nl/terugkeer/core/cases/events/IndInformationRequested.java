package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.cases.IndChannel;
import nl.terugkeer.core.shared.CaseId;

/** Information about the person was requested from the IND (informatieverzoek IND) through a channel. */
public record IndInformationRequested(CaseId caseId, IndChannel channel, String question, LocalDate requestedOn)
        implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return requestedOn;
    }
}
