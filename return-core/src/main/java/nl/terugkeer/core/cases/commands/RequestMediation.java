package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the person's mediation request (bemiddelingsverzoek). */
public record RequestMediation(@TargetAggregateIdentifier CaseId caseId, LocalDate requestedOn) {}
