package nl.terugkeer.core.cases;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/**
 * The ground of an alien detention (grond van de bewaring) within its legal basis, with the maximum first term and the
 * extension the law allows for it, and the reasons that allow the extension.
 *
 * <p>Day counting (ADR 17): a term of N weeks or months that starts on the order date counts the order date as its
 * first day, so its last day is the day before the same date N weeks or months later ({@link #lastDayOfFirstTerm}). An
 * extension starts the day after the first term's last day and is counted the same way ({@link #lastDayWithExtension}).
 */
public enum DetentionGround {
    /** Vw art. 59(1)(a): no lawful residence, public order requires it; 6 months, extendable by 12 (Vw 59(5),(6)). */
    ART_59_1_A(
            DetentionBasis.ART_59,
            Period.ofMonths(6),
            Period.ofMonths(6),
            Period.ofMonths(12),
            Set.of(DetentionExtensionReason.NON_COOPERATION, DetentionExtensionReason.MISSING_DOCUMENTS)),
    /** Vw art. 59(1)(b) with residence under art. 8(f) or (h): at most 4 weeks, 6 if art. 39 applies (Vw 59(4)). */
    ART_59_1_B(DetentionBasis.ART_59, Period.ofWeeks(4), Period.ofWeeks(6), Period.ZERO, Set.of()),
    /**
     * Vw art. 59a, transfer under the Dublin Regulation, art. 28 of which limits it. The 6 weeks are general knowledge,
     * not verified against the regulation: see {@link #DUBLIN_TRANSFER_WEEKS}.
     */
    ART_59A(DetentionBasis.ART_59A, Period.ofWeeks(6), Period.ofWeeks(6), Period.ZERO, Set.of()),
    /** Vw art. 59b(1)(a): 4 weeks, 6 with art. 39 (Vw 59b(2)); up to 3 months more awaiting an appeal (59b(3)). */
    ART_59B_1_A(
            DetentionBasis.ART_59B,
            Period.ofWeeks(4),
            Period.ofWeeks(6),
            Period.ofMonths(3),
            Set.of(DetentionExtensionReason.AWAITING_APPEAL)),
    /** Vw art. 59b(1)(b): as (a), Vw 59b(2),(3). */
    ART_59B_1_B(
            DetentionBasis.ART_59B,
            Period.ofWeeks(4),
            Period.ofWeeks(6),
            Period.ofMonths(3),
            Set.of(DetentionExtensionReason.AWAITING_APPEAL)),
    /** Vw art. 59b(1)(c): as (a), Vw 59b(2),(3). */
    ART_59B_1_C(
            DetentionBasis.ART_59B,
            Period.ofWeeks(4),
            Period.ofWeeks(6),
            Period.ofMonths(3),
            Set.of(DetentionExtensionReason.AWAITING_APPEAL)),
    /** Vw art. 59b(1)(d), public order or national security: 6 months, extendable by 9 (Vw 59b(4),(5)). */
    ART_59B_1_D(
            DetentionBasis.ART_59B,
            Period.ofMonths(6),
            Period.ofMonths(6),
            Period.ofMonths(9),
            Set.of(DetentionExtensionReason.SPECIAL_CIRCUMSTANCES));

    /**
     * Dublin III art. 28(3) is said to allow detention until the transfer, at most 6 weeks after the request was
     * accepted: general knowledge, not verified. The acceptance date is not recorded, so the weeks count from the order
     * date. Change it here (and in ADR 17) when the domain owners confirm or correct it.
     */
    public static final int DUBLIN_TRANSFER_WEEKS = 6;

    private final DetentionBasis basis;
    private final Period firstTerm;
    private final Period firstTermWithArticle39;
    private final Period extension;
    private final Set<DetentionExtensionReason> extensionReasons;

    DetentionGround(
            DetentionBasis basis,
            Period firstTerm,
            Period firstTermWithArticle39,
            Period extension,
            Set<DetentionExtensionReason> extensionReasons) {
        this.basis = basis;
        this.firstTerm = firstTerm;
        this.firstTermWithArticle39 = firstTermWithArticle39;
        this.extension = extension;
        this.extensionReasons = extensionReasons;
    }

    public DetentionBasis basis() {
        return basis;
    }

    /** Whether art. 39 Vw lengthens the first term of this ground (Vw 59(4), 59b(2)). */
    public boolean article39Counts() {
        return !firstTerm.equals(firstTermWithArticle39);
    }

    /** The reasons for which this ground's detention may be extended beyond its first term; empty: never. */
    public Set<DetentionExtensionReason> extensionReasons() {
        return extensionReasons;
    }

    /** The last day of the first term of a detention ordered on {@code orderedOn} (the order date is day 1). */
    public LocalDate lastDayOfFirstTerm(LocalDate orderedOn, boolean article39Applies) {
        return orderedOn.plus(firstTerm(article39Applies)).minusDays(1);
    }

    /** The last day a detention ordered on {@code orderedOn} can last with every extension the ground allows. */
    public LocalDate lastDayWithExtension(LocalDate orderedOn, boolean article39Applies) {
        return orderedOn.plus(firstTerm(article39Applies)).plus(extension).minusDays(1);
    }

    private Period firstTerm(boolean article39Applies) {
        return article39Applies ? firstTermWithArticle39 : firstTerm;
    }
}
