package nl.terugkeer.core.cases.rules;

import java.time.LocalDate;
import java.util.Optional;
import nl.terugkeer.core.cases.CaseRejection;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.Detention;
import nl.terugkeer.core.cases.DetentionBasis;
import nl.terugkeer.core.cases.DetentionExtensionReason;
import nl.terugkeer.core.cases.DetentionGround;
import nl.terugkeer.core.cases.PersonFacts;
import nl.terugkeer.core.shared.Rejection;

/**
 * Rules for alien detention (vreemdelingenbewaring, Vw art. 59, 59a, 59b). Every limit is a last day included: the
 * order date is day 1 (ADR 17). A detention recorded before grounds were recorded ({@code ground == null}) keeps the
 * limits of its basis as they were then ({@link #legacyExtensionWithinMaximum}).
 */
public final class DetentionRules {

    /** Vc A5: a family with minor children is detained at most 2 weeks in all. */
    public static final int FAMILY_WEEKS = 2;

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

    // Vw art. 59(1), 59a, 59b(1): each ground is a ground of one of the three legal bases.
    public static Optional<Rejection> groundOfBasis(DetentionBasis basis, DetentionGround ground) {
        return ground.basis() == basis
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        CaseRejection.DETENTION_GROUND_NOT_OF_BASIS,
                        "ground " + ground + " belongs to " + ground.basis() + ", not " + basis));
    }

    // Vw art. 59(4), 59b(2): art. 39 lengthens only the 4-week grounds to 6 weeks.
    public static Optional<Rejection> article39OnlyWhereItCounts(DetentionGround ground, boolean article39Applies) {
        return article39Applies && !ground.article39Counts()
                ? Optional.of(Rejection.of(
                        CaseRejection.DETENTION_ARTICLE_39_NOT_FOR_GROUND,
                        "article39Applies is true for ground " + ground))
                : Optional.empty();
    }

    // Vw art. 59(4),(5), 59a (Dublin III art. 28, unverified), 59b(2),(4); Vc A5 for families (2 weeks): the first
    // term of detention is capped per ground.
    public static Optional<Rejection> initialTermWithinMaximum(
            DetentionGround ground,
            boolean article39Applies,
            LocalDate orderedOn,
            LocalDate maximumEndOn,
            PersonFacts facts) {
        LocalDate lastDay = cappedForFamilies(ground.lastDayOfFirstTerm(orderedOn, article39Applies), orderedOn, facts);
        return maximumEndOn.isAfter(lastDay)
                ? Optional.of(Rejection.of(
                        CaseRejection.DETENTION_TOO_LONG,
                        "maximumEndOn " + maximumEndOn + " is after the last day " + lastDay + " for " + ground))
                : Optional.empty();
    }

    // Vw art. 59(6) (non-cooperation, missing documents), 59b(3) (awaiting an appeal), 59b(5) (special
    // circumstances): an extension names a reason that the ground allows.
    public static Optional<Rejection> extensionReasonFitsGround(Detention detention, DetentionExtensionReason reason) {
        return reason == null || detention.ground().extensionReasons().contains(reason)
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        CaseRejection.DETENTION_EXTENSION_REASON_NOT_FOR_GROUND,
                        "reason " + reason + " does not extend " + detention.ground() + "; allowed: "
                                + detention.ground().extensionReasons()));
    }

    // Vw art. 59(5),(6), 59b(2)-(5); Vc A5 (the extension is decided before the term expires): a detention whose
    // maximum
    // end has passed was unlawful from the next day; it is lifted, never extended after the fact.
    public static Optional<Rejection> extendedBeforeMaximumEnd(Detention detention, LocalDate extendedOn) {
        return extendedOn.isAfter(detention.maximumEndOn())
                ? Optional.of(Rejection.of(
                        CaseRejection.DETENTION_PAST_MAXIMUM_END,
                        "extendedOn " + extendedOn + " is after the maximum end " + detention.maximumEndOn()))
                : Optional.empty();
    }

    // Vw art. 59(6) (6 + 12 months), 59b(3) (4 or 6 weeks + 3 months), 59b(5) (6 + 9 months); 59(4) and 59a are not
    // extended; Vc A5 families at most 2 weeks in all.
    public static Optional<Rejection> extensionWithinMaximum(
            Detention detention, LocalDate extendedUntil, PersonFacts facts) {
        LocalDate lastDay = cappedForFamilies(
                detention.ground().lastDayWithExtension(detention.orderedOn(), detention.article39Applies()),
                detention.orderedOn(),
                facts);
        return extendedUntil.isAfter(lastDay)
                ? Optional.of(Rejection.of(
                        CaseRejection.DETENTION_EXTENSION_TOO_LONG,
                        "extendedUntil " + extendedUntil + " is after the last day " + lastDay + " for "
                                + detention.ground()))
                : Optional.empty();
    }

    // Vw art. 59(6), 59b(3), 59b(5): beyond the first term, detention continues only for a reason the law names.
    public static Optional<Rejection> extensionBeyondFirstTermHasReason(
            Detention detention, LocalDate extendedUntil, DetentionExtensionReason reason) {
        LocalDate firstTermLastDay =
                detention.ground().lastDayOfFirstTerm(detention.orderedOn(), detention.article39Applies());
        return reason == null && extendedUntil.isAfter(firstTermLastDay)
                ? Optional.of(Rejection.of(
                        CaseRejection.DETENTION_EXTENSION_NEEDS_REASON,
                        "extendedUntil " + extendedUntil + " is after the first term's last day " + firstTermLastDay
                                + "; reason one of " + detention.ground().extensionReasons() + " is required"))
                : Optional.empty();
    }

    // Vw art. 59(6): art. 59 detention recorded without a ground is extended only for non-cooperation or missing
    // third-country documents.
    public static Optional<Rejection> legacyArt59ExtensionHasReason(
            Detention detention, DetentionExtensionReason reason) {
        if (detention.basis() != DetentionBasis.ART_59) {
            return Optional.empty();
        }
        if (reason == null) {
            return Optional.of(Rejection.of(
                    CaseRejection.DETENTION_EXTENSION_NEEDS_REASON,
                    "reason NON_COOPERATION or MISSING_DOCUMENTS is required for ART_59"));
        }
        return reason == DetentionExtensionReason.NON_COOPERATION
                        || reason == DetentionExtensionReason.MISSING_DOCUMENTS
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        CaseRejection.DETENTION_EXTENSION_REASON_NOT_FOR_GROUND,
                        "reason " + reason + " does not extend ART_59 detention"));
    }

    // Vw art. 59(6) (6 + 12 months), 59b(5) (6 + 9 months), as applied before grounds were recorded: the end date
    // itself may be the date 18 or 15 months after the order; art. 59a uncapped; Vc A5 families 2 weeks.
    public static Optional<Rejection> legacyExtensionWithinMaximum(
            Detention detention, LocalDate extendedUntil, PersonFacts facts) {
        LocalDate from = detention.orderedOn();
        Optional<LocalDate> maximum = facts.familyWithMinorChildren()
                ? Optional.of(from.plusWeeks(FAMILY_WEEKS))
                : switch (detention.basis()) {
                    case ART_59 -> Optional.of(from.plusMonths(18));
                    case ART_59B -> Optional.of(from.plusMonths(15));
                    case ART_59A -> Optional.empty();
                };
        return maximum.filter(extendedUntil::isAfter)
                .map(m -> Rejection.of(CaseRejection.DETENTION_EXTENSION_TOO_LONG, "extendedUntil is after " + m));
    }

    private static LocalDate cappedForFamilies(LocalDate lastDay, LocalDate orderedOn, PersonFacts facts) {
        if (!facts.familyWithMinorChildren()) {
            return lastDay;
        }
        LocalDate familyLastDay = orderedOn.plusWeeks(FAMILY_WEEKS).minusDays(1);
        return familyLastDay.isBefore(lastDay) ? familyLastDay : lastDay;
    }
}
