package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.cases.TravelDocumentKind;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a (replacement) travel document was obtained (reisdocument verkregen). */
public record RecordTravelDocumentObtained(
        @TargetAggregateIdentifier CaseId caseId,
        TravelDocumentKind kind,
        LocalDate validUntil,
        LocalDate obtainedOn) {}
