package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.cases.DetentionExtensionReason;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Extend detention (bewaring verlengen) until a date; art. 59 needs a reason. */
public record ExtendDetention(
        @TargetAggregateIdentifier CaseId caseId,
        DetentionExtensionReason reason,
        LocalDate extendedUntil,
        LocalDate extendedOn) {}
