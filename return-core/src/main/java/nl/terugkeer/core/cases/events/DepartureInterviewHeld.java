package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/** A departure interview (vertrekgesprek) was held; whether the person is willing to cooperate. */
public record DepartureInterviewHeld(CaseId caseId, boolean willingToCooperate, LocalDate heldOn) implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return heldOn;
    }
}
