package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.cases.AdviceOutcome;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issue the ambtsadvies buiten schuld to the IND (ambtsadvies uitbrengen). */
public record IssueNoFaultAdvice(@TargetAggregateIdentifier CaseId caseId, AdviceOutcome outcome, LocalDate issuedOn) {}
