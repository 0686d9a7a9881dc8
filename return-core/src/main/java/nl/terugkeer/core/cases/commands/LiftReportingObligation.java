package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lift the reporting obligation (meldplicht opheffen). */
public record LiftReportingObligation(
        @TargetAggregateIdentifier CaseId caseId, LocalDate liftedOn) {}
