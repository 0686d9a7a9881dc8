package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.cases.PresentationOutcome;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the outcome of an embassy presentation (terugkoppeling presentatie vastleggen). */
public record RecordPresentationOutcome(
        @TargetAggregateIdentifier CaseId caseId, PresentationOutcome outcome, LocalDate heldOn) {}
