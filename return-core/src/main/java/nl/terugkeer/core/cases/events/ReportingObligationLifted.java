package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/** The reporting obligation was lifted (meldplicht opgeheven). */
public record ReportingObligationLifted(CaseId caseId, LocalDate liftedOn) implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return liftedOn;
    }
}
