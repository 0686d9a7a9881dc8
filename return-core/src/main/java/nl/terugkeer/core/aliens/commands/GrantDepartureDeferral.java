package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that deferral of departure is granted until a date (uitstel van vertrek verlenen). */
public record GrantDepartureDeferral(
        @TargetAggregateIdentifier AlienId alienId, LocalDate validUntil, LocalDate grantedOn) {}
