package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a departure interview (vertrekgesprek vastleggen) and whether the person is willing to cooperate. */
public record RecordDepartureInterview(
        @TargetAggregateIdentifier CaseId caseId, boolean willingToCooperate, LocalDate heldOn) {}
