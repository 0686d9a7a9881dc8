package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/** The departed-without-supervision mark was withdrawn (MOB-markering ingetrokken) because a correction left no two consecutive misses. */
public record UnsupervisedDepartureMarkWithdrawn(CaseId caseId, long correctedSequence, LocalDate withdrawnOn)
        implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return withdrawnOn;
    }
}
