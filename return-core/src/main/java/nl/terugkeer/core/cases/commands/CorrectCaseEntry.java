package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Correct a mistaken entry (correctie): the entry at {@code correctedSequence} is treated as not recorded. */
public record CorrectCaseEntry(
        @TargetAggregateIdentifier CaseId caseId, long correctedSequence, String reason, LocalDate correctedOn) {}
