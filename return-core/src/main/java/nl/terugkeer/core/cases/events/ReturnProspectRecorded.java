package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/** A prospect of return was recorded (zicht op terugkeer): the date by which departure is expected. */
public record ReturnProspectRecorded(CaseId caseId, LocalDate expectedDepartureBy, LocalDate recordedOn)
        implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return recordedOn;
    }
}
