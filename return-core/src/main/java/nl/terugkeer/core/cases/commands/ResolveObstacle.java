package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.cases.ObstacleType;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Resolve an open obstacle (belemmering oplossen). */
public record ResolveObstacle(
        @TargetAggregateIdentifier CaseId caseId, ObstacleType type, String resolution, LocalDate resolvedOn) {}
