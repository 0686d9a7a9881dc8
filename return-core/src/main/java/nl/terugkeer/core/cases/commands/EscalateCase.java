package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import java.util.List;
import nl.terugkeer.core.cases.ReviewDomain;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Escalate a complex case for integral review (opschalen voor integrale weging). */
public record EscalateCase(
        @TargetAggregateIdentifier CaseId caseId, List<ReviewDomain> domains, String reason, LocalDate escalatedOn) {

    public EscalateCase {
        domains = domains == null ? List.of() : List.copyOf(domains);
    }
}
