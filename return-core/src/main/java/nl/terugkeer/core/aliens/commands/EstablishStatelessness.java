package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the person is stateless (staatloosheid vaststellen). */
public record EstablishStatelessness(
        @TargetAggregateIdentifier AlienId alienId, LocalDate establishedOn) {}
