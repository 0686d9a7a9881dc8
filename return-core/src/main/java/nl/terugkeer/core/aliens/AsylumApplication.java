package nl.terugkeer.core.aliens;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An asylum application (asielaanvraag) as filed at {@code sequence}, with its decision once taken; {@code outcome},
 * {@code decidedOn} and {@code departureTerm} are null while it is pending (the term also after a grant).
 */
public record AsylumApplication(
        long sequence,
        AsylumApplicationKind kind,
        LocalDate filedOn,
        DecisionOutcome outcome,
        LocalDate decidedOn,
        DepartureTerm departureTerm) {

    public boolean pending() {
        return decidedOn == null;
    }

    /** Filed on or before {@code date} and not decided by then. */
    public boolean pendingOn(LocalDate date) {
        return !filedOn.isAfter(date) && (decidedOn == null || decidedOn.isAfter(date));
    }

    public Optional<DepartureTerm> term() {
        return Optional.ofNullable(departureTerm);
    }

    AsylumApplication decided(DecisionOutcome outcome, LocalDate decidedOn, DepartureTerm departureTerm) {
        return new AsylumApplication(sequence, kind, filedOn, outcome, decidedOn, departureTerm);
    }
}
