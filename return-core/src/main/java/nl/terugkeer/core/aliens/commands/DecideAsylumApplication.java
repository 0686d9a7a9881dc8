package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.aliens.DepartureTerm;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the IND's decision on the pending asylum application; a rejection states the departure term (vertrektermijn). */
public record DecideAsylumApplication(
        @TargetAggregateIdentifier AlienId alienId,
        DecisionOutcome outcome,
        DepartureTerm departureTerm,
        LocalDate decidedOn) {}
