package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record whether the person signed or refused the handwritten statement that he wants to return voluntarily
 * (handgeschreven verklaring, Vc B8/4.1 under 4).
 */
public record RecordReturnStatement(
        @TargetAggregateIdentifier CaseId caseId, Boolean signed, LocalDate recordedOn) {}
