package nl.terugkeer.core.aliens.rules;

import java.util.Optional;
import nl.terugkeer.core.aliens.AlienRejection;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.shared.Rejection;

/** Rules for establishing identity and nationality or statelessness (vaststelling identiteit en nationaliteit). */
public final class EstablishmentRules {

    private EstablishmentRules() {}

    // Vc B8/4.1 (2), docs/domain/brief.md §1.4: identity is established once; a wrong finding is corrected, not
    // overwritten.
    public static Optional<Rejection> identityNotEstablishedYet(LegalPosition position) {
        return position.identityEstablished()
                ? Optional.of(Rejection.of(AlienRejection.IDENTITY_ALREADY_ESTABLISHED, "identity is established"))
                : Optional.empty();
    }

    // Vc B8/4.1 (2), docs/domain/brief.md §1.4: nationality or statelessness is established once; correct a wrong
    // finding.
    public static Optional<Rejection> nationalityNotEstablishedYet(LegalPosition position) {
        return position.nationalityEstablishedOrStateless()
                ? Optional.of(Rejection.of(
                        AlienRejection.NATIONALITY_ALREADY_ESTABLISHED, "nationality or statelessness is established"))
                : Optional.empty();
    }
}
