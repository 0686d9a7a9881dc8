package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Extend the current departure term to a later last day (verlenging vertrektermijn, Vw art. 62(3)). */
public record ExtendDepartureTerm(@TargetAggregateIdentifier AlienId alienId, LocalDate lastDay, LocalDate decidedOn) {}
