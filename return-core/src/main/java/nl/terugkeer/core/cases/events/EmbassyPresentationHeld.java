package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.cases.PresentationOutcome;
import nl.terugkeer.core.shared.CaseId;

/** The embassy presentation was held, or no response came within 12 months (terugkoppeling presentatie), with its outcome. */
public record EmbassyPresentationHeld(CaseId caseId, PresentationOutcome outcome, LocalDate heldOn)
        implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return heldOn;
    }
}
