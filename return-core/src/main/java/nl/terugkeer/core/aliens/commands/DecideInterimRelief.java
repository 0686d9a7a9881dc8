package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the court's ruling on the pending interim relief: granted (toegewezen) or refused (afgewezen). */
public record DecideInterimRelief(
        @TargetAggregateIdentifier AlienId alienId, DecisionOutcome outcome, LocalDate decidedOn) {}
