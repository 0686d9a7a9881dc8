package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.cases.ReportingFrequency;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Impose a reporting obligation (meldplicht opleggen). */
public record ImposeReportingObligation(
        @TargetAggregateIdentifier CaseId caseId, ReportingFrequency frequency, LocalDate imposedOn) {}
