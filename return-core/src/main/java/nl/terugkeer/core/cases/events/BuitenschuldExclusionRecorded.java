package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.cases.BuitenschuldExclusion;
import nl.terugkeer.core.shared.CaseId;

/** Conduct at a presentation that excludes buitenschuld was recorded (Vc B8/4.1 under 4). */
public record BuitenschuldExclusionRecorded(
        CaseId caseId, BuitenschuldExclusion exclusion, String description, LocalDate recordedOn) implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return recordedOn;
    }
}
