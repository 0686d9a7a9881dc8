package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/** Detention was lifted (bewaring opgeheven). */
public record DetentionLifted(CaseId caseId, LocalDate liftedOn) implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return liftedOn;
    }
}
