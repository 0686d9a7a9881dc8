package nl.terugkeer.projections.worklist;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One open case on a work list, with the deadlines due within the horizon, nearest first; a detention past its
 * maximum end is listed as well, however long ago that was ({@link DeadlineKind#DETENTION_PAST_MAXIMUM}).
 */
public record WorkListItem(
        UUID caseId,
        String phase,
        String caseManager,
        String municipalityCode,
        LocalDate signalledOn,
        List<Deadline> dueSoon) {

    /** A deadline: its kind (a {@link DeadlineKind} name), the day it falls on, and what to do. */
    public record Deadline(String kind, LocalDate dueOn, String note) {

        public static Deadline of(DeadlineKind kind, LocalDate dueOn) {
            return new Deadline(kind.name(), dueOn, kind.note());
        }
    }
}
