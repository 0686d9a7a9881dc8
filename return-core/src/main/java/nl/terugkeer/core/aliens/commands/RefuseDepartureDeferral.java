package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the art. 64 request is refused (uitstel van vertrek weigeren). */
public record RefuseDepartureDeferral(
        @TargetAggregateIdentifier AlienId alienId, LocalDate refusedOn) {}
