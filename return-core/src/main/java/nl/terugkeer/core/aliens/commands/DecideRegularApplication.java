package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the IND's decision on the regular application filed at {@code applicationSequence}. */
public record DecideRegularApplication(
        @TargetAggregateIdentifier AlienId alienId,
        long applicationSequence,
        DecisionOutcome outcome,
        LocalDate decidedOn) {}
