package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.AsylumApplicationKind;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record an asylum application (asielaanvraag), first or repeated. */
public record FileAsylumApplication(
        @TargetAggregateIdentifier AlienId alienId, AsylumApplicationKind kind, LocalDate filedOn) {}
