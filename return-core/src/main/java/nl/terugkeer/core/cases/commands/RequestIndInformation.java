package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.cases.IndChannel;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Request information from the IND for the case (informatie opvragen bij de IND). */
public record RequestIndInformation(
        @TargetAggregateIdentifier CaseId caseId, IndChannel channel, String question, LocalDate requestedOn) {}
