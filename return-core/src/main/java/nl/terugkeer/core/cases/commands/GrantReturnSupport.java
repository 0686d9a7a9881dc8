package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.cases.SupportKind;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Grant return support (terugkeerondersteuning toekennen) for a household: total amount and the part in cash. */
public record GrantReturnSupport(
        @TargetAggregateIdentifier CaseId caseId,
        SupportKind kind,
        int adults,
        int minors,
        int amountInEuros,
        int cashInEuros,
        LocalDate grantedOn) {}
