package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that interim relief (voorlopige voorziening) was requested against the rejection of an asylum application. */
public record RequestInterimRelief(
        @TargetAggregateIdentifier AlienId alienId, LocalDate requestedOn) {}
