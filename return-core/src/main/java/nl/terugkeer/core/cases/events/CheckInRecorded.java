package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/** The person reported as obliged (gemeld). */
public record CheckInRecorded(CaseId caseId, LocalDate checkedInOn) implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return checkedInOn;
    }
}
