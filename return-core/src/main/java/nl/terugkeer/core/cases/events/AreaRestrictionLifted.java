package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.cases.AreaRestrictionLiftReason;
import nl.terugkeer.core.shared.CaseId;

/** The area restriction was lifted before its last day. */
public record AreaRestrictionLifted(CaseId caseId, AreaRestrictionLiftReason reason, LocalDate liftedOn)
        implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return liftedOn;
    }
}
