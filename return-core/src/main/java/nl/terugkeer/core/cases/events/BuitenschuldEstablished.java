package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.cases.BuitenschuldRoute;
import nl.terugkeer.core.shared.CaseId;

/**
 * DTenV established that the person cannot leave through no fault of his own (buitenschuld vastgesteld, Vc B8/4), by a
 * route. {@code route} is null in events stored before the routes existed: read it through {@link #routeOrRegular()}.
 */
public record BuitenschuldEstablished(CaseId caseId, LocalDate establishedOn, BuitenschuldRoute route)
        implements CaseEvent {

    public BuitenschuldEstablished(CaseId caseId, LocalDate establishedOn) {
        this(caseId, establishedOn, null);
    }

    public BuitenschuldRoute routeOrRegular() {
        return BuitenschuldRoute.orRegular(route);
    }

    @Override
    public LocalDate businessDate() {
        return establishedOn;
    }
}
