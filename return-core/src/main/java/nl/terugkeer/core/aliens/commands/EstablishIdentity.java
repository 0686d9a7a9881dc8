package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the identity is established (identiteit vaststellen). */
public record EstablishIdentity(@TargetAggregateIdentifier AlienId alienId, LocalDate establishedOn) {}
