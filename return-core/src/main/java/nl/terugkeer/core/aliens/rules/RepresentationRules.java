package nl.terugkeer.core.aliens.rules;

import java.util.Optional;
import nl.terugkeer.core.aliens.AlienRejection;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.shared.Rejection;

/** Rules for the person's representative (gemachtigde). */
public final class RepresentationRules {

    private RepresentationRules() {}

    // Awb art. 2:1: one representative acts at a time here, so that every notice has one addressee.
    public static Optional<Rejection> noRepresentativeYet(LegalPosition position) {
        return position.currentRepresentation().isPresent()
                ? Optional.of(Rejection.of(
                        AlienRejection.REPRESENTATIVE_ALREADY_AUTHORISED, "a representative is already recorded"))
                : Optional.empty();
    }

    // Plain fact: only a recorded representation can end.
    public static Optional<Rejection> representativeRecorded(LegalPosition position) {
        return position.currentRepresentation().isEmpty()
                ? Optional.of(Rejection.of(AlienRejection.NO_REPRESENTATIVE, "no representative is recorded"))
                : Optional.empty();
    }
}
