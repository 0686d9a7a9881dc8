package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.cases.SupportKind;
import nl.terugkeer.core.shared.CaseId;

/** Return support was granted (terugkeerondersteuning toegekend) for a household of adults and minors: the total amount, of which cash. */
public record ReturnSupportGranted(
        CaseId caseId,
        SupportKind kind,
        int adults,
        int minors,
        int amountInEuros,
        int cashInEuros,
        LocalDate grantedOn)
        implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return grantedOn;
    }
}
