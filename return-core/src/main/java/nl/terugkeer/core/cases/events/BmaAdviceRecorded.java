package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/** The BMA advised whether the person is permanently unable to travel (Vc B8/4, B8/4.3). The latest advice counts. */
public record BmaAdviceRecorded(CaseId caseId, boolean permanentlyUnableToTravel, LocalDate advisedOn)
        implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return advisedOn;
    }
}
