package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/** The area restriction in force was extended to {@code lastDay} (included). */
public record AreaRestrictionExtended(CaseId caseId, LocalDate lastDay, LocalDate decidedOn) implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return decidedOn;
    }
}
