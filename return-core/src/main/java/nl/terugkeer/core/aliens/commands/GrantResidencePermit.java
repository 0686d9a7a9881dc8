package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.PermitKind;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a residence permit granted (verblijfsvergunning verlenen) with its validity. */
public record GrantResidencePermit(
        @TargetAggregateIdentifier AlienId alienId,
        PermitKind kind,
        LocalDate validFrom,
        LocalDate validUntil,
        LocalDate grantedOn) {}
