package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.cases.PresentationForm;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Schedule a presentation at the mission (presentatie in persoon plannen); the presentation date may lie in the future. */
public record ScheduleEmbassyPresentation(
        @TargetAggregateIdentifier CaseId caseId,
        PresentationForm form,
        LocalDate presentationOn,
        LocalDate scheduledOn) {}
