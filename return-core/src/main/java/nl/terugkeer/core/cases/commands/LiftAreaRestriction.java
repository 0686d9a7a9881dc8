package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.cases.AreaRestrictionLiftReason;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lift the area restriction in force before its last day. */
public record LiftAreaRestriction(
        @TargetAggregateIdentifier CaseId caseId, AreaRestrictionLiftReason reason, LocalDate liftedOn) {}
