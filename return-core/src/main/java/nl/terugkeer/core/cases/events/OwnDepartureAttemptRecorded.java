package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/** The person's own attempt to leave (eigen vertrekinspanning) was recorded: which mission he approached (Vc B8/4 condition 1). */
public record OwnDepartureAttemptRecorded(CaseId caseId, String missionApproached, LocalDate attemptedOn)
        implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return attemptedOn;
    }
}
