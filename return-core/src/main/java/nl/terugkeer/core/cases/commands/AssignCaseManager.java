package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Assign a case manager (regievoerder toewijzen); {@code caseManager} is the staff identifier. */
public record AssignCaseManager(@TargetAggregateIdentifier CaseId caseId, String caseManager, LocalDate assignedOn) {}
