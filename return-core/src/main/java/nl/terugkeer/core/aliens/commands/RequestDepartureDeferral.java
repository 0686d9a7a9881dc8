package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.DeferralGround;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a request for deferral of departure on medical grounds (art. 64 Vw). */
public record RequestDepartureDeferral(
        @TargetAggregateIdentifier AlienId alienId, DeferralGround ground, LocalDate requestedOn) {}
