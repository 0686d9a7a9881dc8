package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.cases.DetentionBasis;
import nl.terugkeer.core.shared.CaseId;

/** Alien detention was ordered (inbewaringstelling) on a legal basis, at most until {@code maximumEndOn}. */
public record DetentionOrdered(CaseId caseId, DetentionBasis basis, LocalDate orderedOn, LocalDate maximumEndOn)
        implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return orderedOn;
    }
}
