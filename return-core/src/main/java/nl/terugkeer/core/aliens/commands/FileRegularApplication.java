package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a regular (non-asylum) residence application (reguliere aanvraag) for a purpose. */
public record FileRegularApplication(
        @TargetAggregateIdentifier AlienId alienId, String purpose, LocalDate filedOn) {}
