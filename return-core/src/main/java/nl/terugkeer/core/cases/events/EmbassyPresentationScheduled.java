package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.cases.PresentationForm;
import nl.terugkeer.core.shared.CaseId;

/** A presentation at the mission was scheduled (presentatie gepland) on {@code scheduledOn} for the (possibly future) date {@code presentationOn}. */
public record EmbassyPresentationScheduled(
        CaseId caseId, PresentationForm form, LocalDate presentationOn, LocalDate scheduledOn) implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return scheduledOn;
    }
}
