package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.MunicipalityCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a departure interview (vertrekgesprek vastleggen) and whether the person is willing to cooperate;
 * {@code participatingMunicipality} is the municipality that took part in it, if any (optional).
 */
public record RecordDepartureInterview(
        @TargetAggregateIdentifier CaseId caseId,
        boolean willingToCooperate,
        LocalDate heldOn,
        MunicipalityCode participatingMunicipality) {}
