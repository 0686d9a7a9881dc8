package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lift detention (bewaring opheffen). */
public record LiftDetention(@TargetAggregateIdentifier CaseId caseId, LocalDate liftedOn) {}
