package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Place the family in a family location (plaatsen in een gezinslocatie). */
public record PlaceInFamilyLocation(
        @TargetAggregateIdentifier CaseId caseId, LocalDate placedOn) {}
