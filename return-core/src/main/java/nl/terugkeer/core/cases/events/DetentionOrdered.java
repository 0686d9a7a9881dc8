package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.cases.DetentionBasis;
import nl.terugkeer.core.cases.DetentionGround;
import nl.terugkeer.core.shared.CaseId;

/**
 * Alien detention was ordered (inbewaringstelling) on a legal basis and ground, at most until {@code maximumEndOn}
 * (the last day included).
 *
 * @param ground absent (null) in events stored before issue 8: the basis alone then sets the limits, as it did then
 * @param article39Applies art. 39 Vw lengthens the first term (Vw 59(4), 59b(2)); absent (null, read as false) before
 *     issue 8. A wrapper, not a primitive: the event mapper refuses a missing primitive, so old events would not read.
 */
public record DetentionOrdered(
        CaseId caseId,
        DetentionBasis basis,
        LocalDate orderedOn,
        LocalDate maximumEndOn,
        DetentionGround ground,
        Boolean article39Applies)
        implements CaseEvent {

    /** The form stored before issue 8: no ground. */
    public DetentionOrdered(CaseId caseId, DetentionBasis basis, LocalDate orderedOn, LocalDate maximumEndOn) {
        this(caseId, basis, orderedOn, maximumEndOn, null, null);
    }

    /** Whether art. 39 Vw applies; an event without the flag (stored before issue 8) says no. */
    public boolean article39() {
        return Boolean.TRUE.equals(article39Applies);
    }

    @Override
    public LocalDate businessDate() {
        return orderedOn;
    }
}
