package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Extend the stay in the VBL (verblijf VBL verlengen) until a date. */
public record ExtendVblStay(@TargetAggregateIdentifier CaseId caseId, LocalDate extendedUntil, LocalDate extendedOn) {}
