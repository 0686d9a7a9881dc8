package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record an entry ban (inreisverbod opleggen) and its length in years. */
public record ImposeEntryBan(@TargetAggregateIdentifier AlienId alienId, int durationInYears, LocalDate imposedOn) {}
