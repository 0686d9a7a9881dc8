package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import java.util.List;
import nl.terugkeer.core.cases.ReviewDomain;
import nl.terugkeer.core.shared.CaseId;

/** A complex case was escalated for integral review (opgeschaald voor integrale weging) across domains such as care and safety. */
public record CaseEscalated(CaseId caseId, List<ReviewDomain> domains, String reason, LocalDate escalatedOn)
        implements CaseEvent {

    public CaseEscalated {
        domains = domains == null ? List.of() : List.copyOf(domains);
    }

    @Override
    public LocalDate businessDate() {
        return escalatedOn;
    }
}
