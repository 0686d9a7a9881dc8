package nl.terugkeer.projections.worklist;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One open case on a work list, with the deadlines due within the horizon, nearest first. */
public record WorkListItem(
        UUID caseId,
        String phase,
        String caseManager,
        String municipalityCode,
        LocalDate signalledOn,
        List<Deadline> dueSoon) {

    public record Deadline(String kind, LocalDate dueOn) {}
}
