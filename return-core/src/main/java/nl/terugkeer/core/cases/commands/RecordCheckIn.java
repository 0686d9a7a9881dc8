package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the person reported (melding vastleggen). */
public record RecordCheckIn(@TargetAggregateIdentifier CaseId caseId, LocalDate checkedInOn) {}
