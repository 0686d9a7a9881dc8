package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.cases.DetentionExtensionReason;
import nl.terugkeer.core.shared.CaseId;

/** Detention was extended (bewaring verlengd) until a date; for art. 59 with its reason (Vw art. 59(6)), otherwise the reason may be null. */
public record DetentionExtended(
        CaseId caseId, DetentionExtensionReason reason, LocalDate extendedUntil, LocalDate extendedOn)
        implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return extendedOn;
    }
}
