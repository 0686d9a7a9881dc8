package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the IND's answer to the request at sequence {@code requestSequence} (antwoord IND vastleggen). */
public record RecordIndAnswer(
        @TargetAggregateIdentifier CaseId caseId, long requestSequence, String answer, LocalDate receivedOn) {}
