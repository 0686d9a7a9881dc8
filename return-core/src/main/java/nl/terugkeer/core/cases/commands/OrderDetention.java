package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.cases.DetentionBasis;
import nl.terugkeer.core.cases.DetentionGround;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Order alien detention (inbewaringstelling) on a legal basis and one of its grounds, at most until a date (the last
 * day included); {@code article39Applies} when art. 39 Vw lengthens the first term (Vw 59(4), 59b(2)).
 */
public record OrderDetention(
        @TargetAggregateIdentifier CaseId caseId,
        DetentionBasis basis,
        DetentionGround ground,
        boolean article39Applies,
        LocalDate orderedOn,
        LocalDate maximumEndOn) {}
