package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.cases.AreaRestrictionKind;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.MunicipalityCode;

/** An area restriction (Vw art. 56; Vb art. 5.1) was imposed through {@code lastDay} (included). */
public record AreaRestrictionImposed(
        CaseId caseId, AreaRestrictionKind kind, MunicipalityCode area, LocalDate imposedOn, LocalDate lastDay)
        implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return imposedOn;
    }
}
