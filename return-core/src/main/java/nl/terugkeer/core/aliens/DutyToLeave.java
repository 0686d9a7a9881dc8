package nl.terugkeer.core.aliens;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A departure term the person was given (Vw art. 62): by an asylum rejection or by a return decision outside asylum
 * ({@code source} is the entry that set it, decided on {@code decidedOn}), with its last day after any extension
 * (Vw art. 62(3)).
 */
public record DutyToLeave(
        long source,
        boolean afterAsylumRejection,
        LocalDate decidedOn,
        LocalDate startsOn,
        LocalDate lastDay,
        boolean extended) {

    /** The term in whole days after its start, as the overview shows it. */
    public DepartureTerm term() {
        return new DepartureTerm((int) ChronoUnit.DAYS.between(startsOn, lastDay), startsOn);
    }

    DutyToLeave extendedTo(LocalDate newLastDay) {
        return new DutyToLeave(source, afterAsylumRejection, decidedOn, startsOn, newLastDay, true);
    }
}
