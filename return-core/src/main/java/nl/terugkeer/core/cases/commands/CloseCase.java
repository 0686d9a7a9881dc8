package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.cases.CloseReason;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close the case (zaak afsluiten) with a reason. */
public record CloseCase(@TargetAggregateIdentifier CaseId caseId, CloseReason reason, LocalDate closedOn) {}
