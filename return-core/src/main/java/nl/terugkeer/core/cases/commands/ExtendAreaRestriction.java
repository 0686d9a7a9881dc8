package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Extend the area restriction in force to a later last day (Vc A6: extendable). */
public record ExtendAreaRestriction(
        @TargetAggregateIdentifier CaseId caseId, LocalDate lastDay, LocalDate decidedOn) {}
