package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.cases.DetentionBasis;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Order alien detention (inbewaringstelling) on a legal basis, at most until a date. */
public record OrderDetention(
        @TargetAggregateIdentifier CaseId caseId, DetentionBasis basis, LocalDate orderedOn, LocalDate maximumEndOn) {}
