package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.cases.SignalSource;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.MunicipalityCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open a return case for a person (terugkeer signaleren). A municipality names its CBS code; other sources
 * name none.
 */
public record SignalReturn(
        @TargetAggregateIdentifier CaseId caseId,
        AlienId alienId,
        SignalSource source,
        MunicipalityCode municipality,
        String reason,
        LocalDate signalledOn) {}
