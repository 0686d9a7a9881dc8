package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/** The stay in the VBL was extended (verblijf VBL verlengd) until a date. */
public record VblStayExtended(CaseId caseId, LocalDate extendedUntil, LocalDate extendedOn) implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return extendedOn;
    }
}
