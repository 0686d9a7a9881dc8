package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.cases.SupportKind;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Offer return support (terugkeerondersteuning aanbieden). */
public record OfferReturnSupport(@TargetAggregateIdentifier CaseId caseId, SupportKind kind, LocalDate offeredOn) {}
