package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that art. 64 is applied provisionally (voorlopig uitstel van vertrek) until a date. */
public record ApplyProvisionalDeferral(
        @TargetAggregateIdentifier AlienId alienId, LocalDate validUntil, LocalDate appliedOn) {}
