package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.DepartureTerm;
import nl.terugkeer.core.aliens.ReturnDecisionOccasion;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issue a return decision outside the asylum procedure (terugkeerbesluit, Vw art. 62a) with its own departure term. */
public record IssueReturnDecision(
        @TargetAggregateIdentifier AlienId alienId,
        ReturnDecisionOccasion occasion,
        DepartureTerm departureTerm,
        LocalDate issuedOn) {}
