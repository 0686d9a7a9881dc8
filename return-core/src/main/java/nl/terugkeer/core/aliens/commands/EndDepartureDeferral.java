package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the art. 64 deferral in force ends (uitstel van vertrek beëindigen). */
public record EndDepartureDeferral(
        @TargetAggregateIdentifier AlienId alienId, LocalDate endedOn) {}
