package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.cases.DepartureType;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the person's departure (vertrek registreren). */
public record RecordDeparture(@TargetAggregateIdentifier CaseId caseId, DepartureType type, LocalDate departedOn) {}
