package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The current representative no longer acts for the person from {@code endedOn}. */
public record EndRepresentation(@TargetAggregateIdentifier AlienId alienId, LocalDate endedOn) {}
