package nl.terugkeer.core.aliens.rules;

import java.util.Optional;
import nl.terugkeer.core.aliens.AlienRejection;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.shared.Rejection;

/** Rules for interim relief (voorlopige voorziening) against an asylum rejection. */
public final class InterimReliefRules {

    private InterimReliefRules() {}

    // Vw art. 82(1), 83; Awb art. 8:81: interim relief is asked pending a remedy against a decision; here, the
    // rejection of the latest asylum application.
    public static Optional<Rejection> asylumRejected(LegalPosition position) {
        return position.latestAsylumApplication()
                        .filter(a -> a.outcome() == DecisionOutcome.REJECTED)
                        .isPresent()
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        AlienRejection.NO_ASYLUM_REJECTION, "the latest asylum application is not rejected"));
    }

    // Awb art. 8:81: one request is ruled on before the next; a second pending request is the same matter.
    public static Optional<Rejection> noInterimReliefPending(LegalPosition position) {
        return position.pendingInterimRelief().isPresent()
                ? Optional.of(Rejection.of(AlienRejection.INTERIM_RELIEF_ALREADY_PENDING, "interim relief is pending"))
                : Optional.empty();
    }

    // Awb art. 8:84: a ruling answers a pending request.
    public static Optional<Rejection> interimReliefPending(LegalPosition position) {
        return position.pendingInterimRelief().isPresent()
                ? Optional.empty()
                : Optional.of(Rejection.of(AlienRejection.NO_PENDING_INTERIM_RELIEF, "no interim relief is pending"));
    }
}
