package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.cases.BuitenschuldRoute;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Establish that the person cannot leave through no fault of his own (buitenschuld vaststellen, Vc B8/4), by a route
 * that decides which criteria apply; no route is {@link BuitenschuldRoute#REGULAR}.
 */
public record EstablishBuitenschuld(
        @TargetAggregateIdentifier CaseId caseId, LocalDate establishedOn, BuitenschuldRoute route) {

    public EstablishBuitenschuld(CaseId caseId, LocalDate establishedOn) {
        this(caseId, establishedOn, null);
    }
}
