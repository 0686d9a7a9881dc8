package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import java.util.List;
import nl.terugkeer.core.cases.ReviewParticipant;
import nl.terugkeer.core.shared.CaseId;

/** A case review was held (casusoverleg): who took part, the options explored and the outcome. */
public record CaseReviewHeld(
        CaseId caseId,
        List<ReviewParticipant> participants,
        List<String> optionsExplored,
        String outcome,
        LocalDate heldOn)
        implements CaseEvent {

    public CaseReviewHeld {
        participants = participants == null ? List.of() : List.copyOf(participants);
        optionsExplored = optionsExplored == null ? List.of() : List.copyOf(optionsExplored);
    }

    @Override
    public LocalDate businessDate() {
        return heldOn;
    }
}
