package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the prospect of return (zicht op terugkeer vastleggen): the date by which departure is expected. */
public record RecordReturnProspect(
        @TargetAggregateIdentifier CaseId caseId, LocalDate expectedDepartureBy, LocalDate recordedOn) {}
