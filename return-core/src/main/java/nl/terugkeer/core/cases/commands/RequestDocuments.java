package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Request documents (documenten opvragen): what, and from whom. */
public record RequestDocuments(
        @TargetAggregateIdentifier CaseId caseId, String documents, String requestedFrom, LocalDate requestedOn) {}
