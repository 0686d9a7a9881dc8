package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.cases.ObstacleType;
import nl.terugkeer.core.shared.CaseId;

/** An open obstacle was resolved (belemmering opgelost). */
public record ObstacleResolved(CaseId caseId, ObstacleType type, String resolution, LocalDate resolvedOn)
        implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return resolvedOn;
    }
}
