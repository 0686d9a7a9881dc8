package nl.terugkeer.core.cases.rules;

import java.time.LocalDate;
import java.util.Optional;
import nl.terugkeer.core.cases.CaseRejection;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.Detention;
import nl.terugkeer.core.cases.DetentionBasis;
import nl.terugkeer.core.cases.DetentionExtensionReason;
import nl.terugkeer.core.cases.PersonFacts;
import nl.terugkeer.core.shared.Rejection;

/** Rules for alien detention (vreemdelingenbewaring, Vw art. 59, 59a, 59b). */
public final class DetentionRules {

    private DetentionRules() {}

    // Vb art. 5.2-5.4: one detention measure at a time.
    public static Optional<Rejection> notDetainedYet(CaseState state) {
        return state.isDetained()
                ? Optional.of(Rejection.of(CaseRejection.ALREADY_DETAINED, "the person is already detained"))
                : Optional.empty();
    }

    // Vb art. 5.4: only a current detention is extended or lifted.
    public static Optional<Rejection> detained(CaseState state) {
        return state.isDetained()
                ? Optional.empty()
                : Optional.of(Rejection.of(CaseRejection.NOT_DETAINED, "the person is not detained"));
    }

    // Vw art. 59(5), 59b(4); Vc A5 and KST-19637-2441 for families: the first term of detention is capped.
    public static Optional<Rejection> initialTermWithinMaximum(
            DetentionBasis basis, LocalDate orderedOn, LocalDate maximumEndOn, PersonFacts facts) {
        return initialMaximum(basis, orderedOn, facts)
                .filter(maximumEndOn::isAfter)
                .map(maximum -> Rejection.of(
                        CaseRejection.DETENTION_TOO_LONG, "maximumEndOn is after " + maximum + " for " + basis));
    }

    // Vw art. 59(6): art. 59 detention is extended only for non-cooperation or missing third-country documents.
    public static Optional<Rejection> art59ExtensionHasReason(Detention detention, DetentionExtensionReason reason) {
        return detention.basis() == DetentionBasis.ART_59 && reason == null
                ? Optional.of(Rejection.of(
                        CaseRejection.DETENTION_EXTENSION_NEEDS_REASON,
                        "reason NON_COOPERATION or MISSING_DOCUMENTS is required for ART_59"))
                : Optional.empty();
    }

    // Vw art. 59(6) (6 + 12 months), 59b(5) (6 + 9 months); Vc A5 families at most 2 weeks in all.
    public static Optional<Rejection> extensionWithinMaximum(
            Detention detention, LocalDate extendedUntil, PersonFacts facts) {
        LocalDate from = detention.orderedOn();
        Optional<LocalDate> maximum = facts.familyWithMinorChildren()
                ? Optional.of(from.plusWeeks(2))
                : switch (detention.basis()) {
                    case ART_59 -> Optional.of(from.plusMonths(18));
                    case ART_59B -> Optional.of(from.plusMonths(15));
                    case ART_59A -> Optional.empty();
                };
        return maximum.filter(extendedUntil::isAfter)
                .map(m -> Rejection.of(CaseRejection.DETENTION_EXTENSION_TOO_LONG, "extendedUntil is after " + m));
    }

    private static Optional<LocalDate> initialMaximum(DetentionBasis basis, LocalDate orderedOn, PersonFacts facts) {
        if (facts.familyWithMinorChildren()) {
            return Optional.of(orderedOn.plusWeeks(2));
        }
        return switch (basis) {
            case ART_59, ART_59B -> Optional.of(orderedOn.plusMonths(6));
            // Dublin detention (art. 59a) follows art. 28 Dublin III; its cap is not verified in domain.md.
            case ART_59A -> Optional.empty();
        };
    }
}
