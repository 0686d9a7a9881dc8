package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.cases.BuitenschuldExclusion;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record conduct at a presentation that excludes buitenschuld (Vc B8/4.1 under 4). */
public record RecordBuitenschuldExclusion(
        @TargetAggregateIdentifier CaseId caseId,
        BuitenschuldExclusion exclusion,
        String description,
        LocalDate recordedOn) {}
