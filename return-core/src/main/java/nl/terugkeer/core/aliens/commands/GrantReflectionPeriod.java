package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a reflection period for a presumed trafficking victim (bedenktijd verlenen) until a date. */
public record GrantReflectionPeriod(
        @TargetAggregateIdentifier AlienId alienId, LocalDate endsOn, LocalDate grantedOn) {}
