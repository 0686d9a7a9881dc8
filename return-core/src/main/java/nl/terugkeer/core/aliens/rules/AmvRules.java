package nl.terugkeer.core.aliens.rules;

import java.util.Optional;
import nl.terugkeer.core.aliens.AlienRejection;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.shared.Rejection;

/** Rules for an unaccompanied minor (alleenstaande minderjarige vreemdeling, amv). */
public final class AmvRules {

    private AmvRules() {}

    // Rva 2005 art. 6: follow-up care by the guardian organisation ends the reception of an unaccompanied minor.
    public static Optional<Rejection> unaccompaniedMinor(LegalPosition position) {
        return position.unaccompaniedMinor()
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        AlienRejection.NOT_AN_UNACCOMPANIED_MINOR, "not registered as an unaccompanied minor"));
    }
}
