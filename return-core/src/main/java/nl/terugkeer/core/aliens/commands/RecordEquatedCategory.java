package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.EquatedCategory;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that the person belongs to a category equated with an asylum seeker (Rva 2005 art. 3(3)) from {@code from}
 * through {@code until} (a last day included; null while it holds).
 */
public record RecordEquatedCategory(
        @TargetAggregateIdentifier AlienId alienId, EquatedCategory category, LocalDate from, LocalDate until) {}
