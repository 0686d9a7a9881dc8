package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the established nationality (nationaliteit vaststellen), a 3-letter ICAO code. */
public record EstablishNationality(
        @TargetAggregateIdentifier AlienId alienId, String nationality, LocalDate establishedOn) {}
