package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.cases.DepartureType;
import nl.terugkeer.core.shared.CaseId;

/** The person's departure was recorded (vertrek geregistreerd): independent, forced or without supervision. */
public record DepartureRecorded(CaseId caseId, DepartureType type, LocalDate departedOn) implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return departedOn;
    }
}
