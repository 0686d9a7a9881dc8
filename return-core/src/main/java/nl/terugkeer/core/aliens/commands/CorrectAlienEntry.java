package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Correct a mistaken entry (correctie): the entry at {@code correctedSequence} is treated as not recorded. */
public record CorrectAlienEntry(
        @TargetAggregateIdentifier AlienId alienId, long correctedSequence, String reason, LocalDate correctedOn) {}
