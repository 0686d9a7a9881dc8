package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/** The person did not report when due (meldplicht verzuimd). */
public record CheckInMissed(CaseId caseId, LocalDate missedOn) implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return missedOn;
    }
}
