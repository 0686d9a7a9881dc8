package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.PermitKind;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a residence permit refused (verblijfsvergunning weigeren). */
public record RefuseResidencePermit(
        @TargetAggregateIdentifier AlienId alienId, PermitKind kind, LocalDate refusedOn) {}
