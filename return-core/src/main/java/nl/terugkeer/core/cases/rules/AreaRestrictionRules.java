package nl.terugkeer.core.cases.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import nl.terugkeer.core.cases.AreaRestriction;
import nl.terugkeer.core.cases.CaseRejection;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.shared.Rejection;

/** Rules for the area restriction (vrijheidsbeperkende maatregel, Vw art. 56; Vb art. 5.1). */
public final class AreaRestrictionRules {

    /** Vc A6 (model M102): in principle at most 12 weeks at a time. */
    public static final Period MAXIMUM_TERM = Period.ofWeeks(12);

    private AreaRestrictionRules() {}

    // Vw art. 56: one measure at a time; a longer one is an extension of the measure in force.
    public static Optional<Rejection> noneInForce(CaseState state, LocalDate imposedOn) {
        return state.areaRestrictionOn(imposedOn).isPresent()
                ? Optional.of(Rejection.of(
                        CaseRejection.AREA_RESTRICTION_ALREADY_IN_FORCE,
                        "an area restriction is in force on " + imposedOn))
                : Optional.empty();
    }

    // Plain fact: only a measure in force can be extended or lifted.
    public static Optional<Rejection> inForce(CaseState state, LocalDate date) {
        return state.areaRestrictionOn(date).isEmpty()
                ? Optional.of(Rejection.of(
                        CaseRejection.NO_AREA_RESTRICTION_IN_FORCE, "no area restriction is in force on " + date))
                : Optional.empty();
    }

    // Vc A6 (model M102): at most 12 weeks from its start; the last day is start + 12 weeks (the Days convention).
    public static Optional<Rejection> atMost12WeeksFrom(LocalDate start, LocalDate lastDay) {
        LocalDate latest = start.plus(MAXIMUM_TERM);
        return lastDay.isAfter(latest)
                ? Optional.of(Rejection.of(
                        CaseRejection.AREA_RESTRICTION_TOO_LONG,
                        "lastDay " + lastDay + " is after " + latest + ", 12 weeks after " + start))
                : Optional.empty();
    }

    // Vc A6: an extension lengthens the measure.
    public static Optional<Rejection> extendsBeyondLastDay(AreaRestriction current, LocalDate lastDay) {
        return lastDay.isAfter(current.lastDay())
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        CaseRejection.AREA_RESTRICTION_EXTENSION_NOT_LATER,
                        "lastDay " + lastDay + " is not after the current last day " + current.lastDay()));
    }
}
