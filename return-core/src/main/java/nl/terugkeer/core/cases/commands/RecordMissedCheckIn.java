package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the person did not report when due (meldplicht verzuimd). */
public record RecordMissedCheckIn(@TargetAggregateIdentifier CaseId caseId, LocalDate missedOn) {}
