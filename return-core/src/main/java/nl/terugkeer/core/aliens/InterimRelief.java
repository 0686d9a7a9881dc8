package nl.terugkeer.core.aliens;

import java.time.LocalDate;

/**
 * Interim relief (voorlopige voorziening) against an asylum rejection, as folded: requested by the entry at
 * {@code sequence}, decided when {@code outcome} is set.
 */
public record InterimRelief(long sequence, LocalDate requestedOn, DecisionOutcome outcome, LocalDate decidedOn) {

    public boolean pending() {
        return outcome == null;
    }

    public InterimRelief decided(DecisionOutcome outcome, LocalDate decidedOn) {
        return new InterimRelief(sequence, requestedOn, outcome, decidedOn);
    }
}
