package nl.terugkeer.core.cases;

import java.time.LocalDate;

/**
 * The current detention (vreemdelingenbewaring): its legal basis, since when, and its maximum end as extended (the
 * last day included).
 *
 * @param ground null for a detention recorded before grounds were recorded (its basis alone then sets the limits, as
 *     it did then)
 * @param article39Applies art. 39 Vw lengthens the first term (Vw 59(4), 59b(2)); false when not recorded
 */
public record Detention(
        DetentionBasis basis,
        LocalDate orderedOn,
        LocalDate maximumEndOn,
        DetentionGround ground,
        boolean article39Applies) {

    /** A detention without a recorded ground, as stored before issue 8. */
    public Detention(DetentionBasis basis, LocalDate orderedOn, LocalDate maximumEndOn) {
        this(basis, orderedOn, maximumEndOn, null, false);
    }

    /** Past its maximum end on {@code date}: still recorded as detained, while the law no longer allows it. */
    public boolean pastMaximumOn(LocalDate date) {
        return maximumEndOn != null && date.isAfter(maximumEndOn);
    }

    Detention extendedUntil(LocalDate until) {
        return new Detention(basis, orderedOn, until, ground, article39Applies);
    }
}
