package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.RepresentativeKind;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the person's representative (gemachtigde, Awb art. 2:1) from {@code from}. */
public record AuthoriseRepresentative(
        @TargetAggregateIdentifier AlienId alienId,
        RepresentativeKind kind,
        String representativeName,
        LocalDate from) {}
