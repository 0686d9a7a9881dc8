package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Place the person in the VBL (plaatsen in de vrijheidsbeperkende locatie) for 12 weeks. */
public record PlaceInVbl(@TargetAggregateIdentifier CaseId caseId, LocalDate placedOn) {}
