package nl.terugkeer.core.aliens;

import java.time.LocalDate;

/**
 * A regular (non-asylum) residence application (reguliere aanvraag) as filed at {@code sequence}, by which its
 * decision names it; {@code outcome} and {@code decidedOn} are null while it is pending.
 */
public record RegularApplication(
        long sequence, String purpose, LocalDate filedOn, DecisionOutcome outcome, LocalDate decidedOn) {

    public boolean pending() {
        return decidedOn == null;
    }

    /** Filed on or before {@code date} and not decided by then. */
    public boolean pendingOn(LocalDate date) {
        return !filedOn.isAfter(date) && (decidedOn == null || decidedOn.isAfter(date));
    }

    RegularApplication decided(DecisionOutcome outcome, LocalDate decidedOn) {
        return new RegularApplication(sequence, purpose, filedOn, outcome, decidedOn);
    }
}
