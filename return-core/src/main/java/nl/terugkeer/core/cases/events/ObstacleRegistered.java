package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.cases.ObstacleType;
import nl.terugkeer.core.shared.CaseId;

/** An obstacle to return was registered (belemmering geregistreerd). */
public record ObstacleRegistered(CaseId caseId, ObstacleType type, String description, LocalDate registeredOn)
        implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return registeredOn;
    }
}
