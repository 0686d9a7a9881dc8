package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopen a closed case (zaak heropenen), documenting why. */
public record ReopenCase(@TargetAggregateIdentifier CaseId caseId, String reason, LocalDate reopenedOn) {}
