package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.cases.ReportingFrequency;
import nl.terugkeer.core.shared.CaseId;

/** A reporting obligation was imposed (meldplicht opgelegd, Vw art. 54(1)(f), Vb art. 4.51). */
public record ReportingObligationImposed(CaseId caseId, ReportingFrequency frequency, LocalDate imposedOn)
        implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return imposedOn;
    }
}
