package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the BMA's advice on whether the person is permanently unable to travel (Vc B8/4, B8/4.3). */
public record RecordBmaAdvice(
        @TargetAggregateIdentifier CaseId caseId, Boolean permanentlyUnableToTravel, LocalDate advisedOn) {}
