package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/** A closed case was reopened (zaak heropend), with the documented reason. */
public record CaseReopened(CaseId caseId, String reason, LocalDate reopenedOn) implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return reopenedOn;
    }
}
