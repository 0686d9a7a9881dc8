package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import java.util.List;
import nl.terugkeer.core.cases.ReviewParticipant;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a case review (casusoverleg vastleggen): participants, options explored, outcome. */
public record RecordCaseReview(
        @TargetAggregateIdentifier CaseId caseId,
        List<ReviewParticipant> participants,
        List<String> optionsExplored,
        String outcome,
        LocalDate heldOn) {

    public RecordCaseReview {
        participants = participants == null ? List.of() : List.copyOf(participants);
        optionsExplored = optionsExplored == null ? List.of() : List.copyOf(optionsExplored);
    }
}
