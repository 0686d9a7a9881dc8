package nl.terugkeer.core.aliens.rules;

import java.time.LocalDate;
import java.util.Optional;
import nl.terugkeer.core.aliens.AlienRejection;
import nl.terugkeer.core.aliens.DepartureTerm;
import nl.terugkeer.core.aliens.DutyToLeave;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.shared.Rejection;

/** Rules for a return decision outside asylum and for extending a departure term (Vw art. 62, 62a). */
public final class DepartureTermRules {

    /** Vw art. 62(1): four weeks. */
    public static final int STANDARD_TERM_DAYS = 28;

    private DepartureTermRules() {}

    // Vw art. 8(f): a pending asylum application is lawful residence, so no return decision can be issued meanwhile.
    public static Optional<Rejection> noAsylumApplicationPending(LegalPosition position) {
        return position.pendingAsylumApplication().isPresent()
                ? Optional.of(Rejection.of(
                        AlienRejection.RETURN_DECISION_DURING_ASYLUM_APPLICATION, "an asylum application is pending"))
                : Optional.empty();
    }

    // Vw art. 62(1)-(2): four weeks, or shorter down to none (immediate departure); longer only by extension (62(3)).
    public static Optional<Rejection> termAtMost4Weeks(DepartureTerm term) {
        return term.days() < 0 || term.days() > STANDARD_TERM_DAYS
                ? Optional.of(Rejection.of(
                        AlienRejection.DEPARTURE_TERM_TOO_LONG,
                        "departureTerm.days " + term.days() + " is not between 0 and " + STANDARD_TERM_DAYS))
                : Optional.empty();
    }

    // Vw art. 62(3): only a departure term that is running can be extended.
    public static Optional<Rejection> termToExtend(LegalPosition position) {
        return position.currentDutyToLeave().isEmpty()
                ? Optional.of(Rejection.of(AlienRejection.NO_DEPARTURE_TERM, "no departure term is in force"))
                : Optional.empty();
    }

    // Vw art. 62(3): an extension lengthens the term.
    public static Optional<Rejection> extendsBeyondLastDay(DutyToLeave current, LocalDate lastDay) {
        return lastDay.isAfter(current.lastDay())
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        AlienRejection.EXTENSION_NOT_LATER,
                        "lastDay " + lastDay + " is not after the current last day " + current.lastDay()));
    }

    // Vw art. 62(3): the term is extended while it runs; once it has run out there is nothing left to extend.
    public static Optional<Rejection> decidedWhileTermRuns(DutyToLeave current, LocalDate decidedOn) {
        return decidedOn.isAfter(current.lastDay())
                ? Optional.of(Rejection.of(
                        AlienRejection.DEPARTURE_TERM_ALREADY_ENDED,
                        "decidedOn " + decidedOn + " is after the term's last day " + current.lastDay()))
                : Optional.empty();
    }
}
