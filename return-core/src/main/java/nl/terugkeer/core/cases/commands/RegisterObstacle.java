package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.cases.ObstacleType;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register an obstacle to return (belemmering registreren). */
public record RegisterObstacle(
        @TargetAggregateIdentifier CaseId caseId, ObstacleType type, String description, LocalDate registeredOn) {}
