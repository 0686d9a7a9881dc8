package nl.terugkeer.core.entitlement;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a person is entitled to state reception on a date, and why.
 *
 * @param validFrom the first day of this answer's entitlement (or of the refusal's cause)
 * @param validUntil the last day it holds (included), when known from the recorded facts; null when open-ended
 * @param decidedBy the events the answer rests on
 * @param explanation a short explanation in Dutch
 * @param refusal the rule that says no; null when entitled
 */
public record EntitlementAnswer(
        boolean entitled,
        EntitlementKind kind,
        String legalBasis,
        LocalDate validFrom,
        LocalDate validUntil,
        List<EventRef> decidedBy,
        String explanation,
        Refusal refusal) {

    public EntitlementAnswer {
        decidedBy = List.copyOf(decidedBy);
    }

    /** True when both answers describe the same entitlement (the dates and the events aside). */
    boolean sameEntitlement(EntitlementAnswer other) {
        return entitled == other.entitled
                && kind == other.kind
                && java.util.Objects.equals(legalBasis, other.legalBasis);
    }
}
