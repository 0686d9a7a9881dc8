package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the person's own attempt to leave (eigen vertrekinspanning vastleggen). */
public record RecordOwnDepartureAttempt(
        @TargetAggregateIdentifier CaseId caseId, String missionApproached, LocalDate attemptedOn) {}
