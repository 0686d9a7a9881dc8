package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.cases.DetentionBasis;
import nl.terugkeer.core.cases.DetentionGround;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Order alien detention (inbewaringstelling) on a legal basis and one of its grounds, at most until a date (the last
 * day included); {@code article39Applies} when art. 39 Vw lengthens the first term (Vw 59(4), 59b(2)); left out or
 * null it does not.
 */
public record OrderDetention(
        @TargetAggregateIdentifier CaseId caseId,
        DetentionBasis basis,
        DetentionGround ground,
        Boolean article39Applies,
        LocalDate orderedOn,
        LocalDate maximumEndOn) {

    public boolean article39() {
        return Boolean.TRUE.equals(article39Applies);
    }
}
