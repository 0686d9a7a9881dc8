package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.cases.AdviceOutcome;
import nl.terugkeer.core.shared.CaseId;

/** DTenV issued its ambtsadvies buiten schuld to the IND, positive or negative (Vc B8/4.1, B8/4.3). */
public record NoFaultAdviceIssued(CaseId caseId, AdviceOutcome outcome, LocalDate issuedOn) implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return issuedOn;
    }
}
