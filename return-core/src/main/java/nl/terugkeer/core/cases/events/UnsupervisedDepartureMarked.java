package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/** Two consecutive missed check-ins mark the person as departed without supervision (vertrek zonder toezicht, MOB; bericht van vertrek) [LTV-BvV]. */
public record UnsupervisedDepartureMarked(CaseId caseId, LocalDate firstMissedOn, LocalDate secondMissedOn)
        implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return secondMissedOn;
    }
}
