package nl.terugkeer.core.aliens;

import java.time.LocalDate;

/**
 * An art. 64 deferral of departure (uitstel van vertrek) applied at {@code sequence}, provisional or granted, from
 * {@code from} until {@code until}; {@code endedOn} is set when it was ended or superseded early (null otherwise).
 * It gives lawful residence under Vw art. 8(j) while in force.
 */
public record Deferral(
        long sequence, DeferralKind kind, long requestSequence, LocalDate from, LocalDate until, LocalDate endedOn) {

    /** The last day it is in force: the day it was ended, otherwise its end date. */
    public LocalDate lastDay() {
        return endedOn != null && endedOn.isBefore(until) ? endedOn : until;
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(lastDay());
    }

    Deferral endedOn(LocalDate on) {
        return new Deferral(sequence, kind, requestSequence, from, until, on);
    }
}
