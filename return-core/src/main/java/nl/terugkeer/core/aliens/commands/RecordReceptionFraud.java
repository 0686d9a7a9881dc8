package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that fraud with the reception provisions was established (fraude, Rva 2005 art. 7(1)(k)). */
public record RecordReceptionFraud(
        @TargetAggregateIdentifier AlienId alienId, LocalDate establishedOn) {}
