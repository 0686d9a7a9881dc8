package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End the current VBL or family-location placement (plaatsing beëindigen). */
public record EndPlacement(@TargetAggregateIdentifier CaseId caseId, LocalDate endedOn) {}
