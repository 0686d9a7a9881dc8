package nl.terugkeer.core.aliens.rules;

import java.time.LocalDate;
import java.util.Optional;
import nl.terugkeer.core.aliens.AlienRejection;
import nl.terugkeer.core.aliens.AsylumApplicationKind;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.aliens.DepartureTerm;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.shared.Rejection;

/** Rules for asylum and regular applications and their decisions (aanvragen en beslissingen). */
public final class ApplicationRules {

    private ApplicationRules() {}

    // Issue 3, Rva art. 1(d): one asylum application is handled at a time; a later one is a repeated application.
    public static Optional<Rejection> noAsylumApplicationPending(LegalPosition position) {
        return position.pendingAsylumApplication().isPresent()
                ? Optional.of(Rejection.of(
                        AlienRejection.ASYLUM_APPLICATION_ALREADY_PENDING, "an asylum application is pending"))
                : Optional.empty();
    }

    // Rva art. 1(d), 10(1)(e): an application after an earlier one is a repeated (subsequent) application.
    public static Optional<Rejection> firstOnlyWithoutEarlier(LegalPosition position, AsylumApplicationKind kind) {
        return kind == AsylumApplicationKind.FIRST
                        && !position.asylumApplications().isEmpty()
                ? Optional.of(Rejection.of(
                        AlienRejection.ASYLUM_APPLICATION_NOT_FIRST, "an earlier asylum application is recorded"))
                : Optional.empty();
    }

    // Awb art. 1:3(3): a decision (beschikking) answers an application; it needs a filed, undecided asylum application.
    public static Optional<Rejection> asylumApplicationPending(LegalPosition position) {
        return position.pendingAsylumApplication().isPresent()
                ? Optional.empty()
                : Optional.of(
                        Rejection.of(AlienRejection.NO_PENDING_ASYLUM_APPLICATION, "no asylum application is pending"));
    }

    // Awb art. 1:3(3): a decision answers an application; it needs a filed, undecided regular application.
    public static Optional<Rejection> regularApplicationPending(LegalPosition position, long applicationSequence) {
        return position.regularApplication(applicationSequence)
                        .filter(a -> a.pending())
                        .isPresent()
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        AlienRejection.NO_PENDING_REGULAR_APPLICATION,
                        "no pending regular application at sequence " + applicationSequence));
    }

    // Vw art. 62a(1): the written rejection is the return decision and states the term; a grant has none.
    public static Optional<Rejection> termMatchesOutcome(DecisionOutcome outcome, DepartureTerm term) {
        if (outcome == DecisionOutcome.REJECTED && term == null) {
            return Optional.of(
                    Rejection.of(AlienRejection.REJECTION_NEEDS_DEPARTURE_TERM, "departureTerm is required"));
        }
        if (outcome == DecisionOutcome.GRANTED && term != null) {
            return Optional.of(
                    Rejection.of(AlienRejection.GRANT_HAS_NO_DEPARTURE_TERM, "departureTerm must be absent"));
        }
        return Optional.empty();
    }

    // Vw art. 62(1)-(2), LTV-vertrektermijn: in asylum rejections the term is 28 days (four weeks) or 0 days.
    public static Optional<Rejection> termIs28Or0Days(DepartureTerm term) {
        return term == null || term.days() == 28 || term.days() == 0
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        AlienRejection.INVALID_DEPARTURE_TERM,
                        "departureTerm.days " + term.days() + " is not 28 or 0"));
    }

    // LTV-vertrektermijn: the term starts at the decision, or later after a suspensive remedy is decided.
    public static Optional<Rejection> termStartsOnOrAfterDecision(DepartureTerm term, LocalDate decidedOn) {
        return term != null && term.startsOn().isBefore(decidedOn)
                ? Optional.of(Rejection.of(
                        AlienRejection.DEPARTURE_TERM_BEFORE_DECISION,
                        "departureTerm.startsOn " + term.startsOn() + " is before decidedOn " + decidedOn))
                : Optional.empty();
    }
}
