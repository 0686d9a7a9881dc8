package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that the person has sufficient means of his own (Rva 2005 art. 2) from {@code from} through {@code until}
 * (a last day included; null while it holds).
 */
public record RecordSufficientMeans(
        @TargetAggregateIdentifier AlienId alienId, LocalDate from, LocalDate until) {}
