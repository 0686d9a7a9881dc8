package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record the facts of the amv route (Vc B8/4, LTV-BS): the date of birth, the date of the first application, and
 * whether adequate reception is available in the country of origin.
 */
public record RecordMinorBuitenschuldFacts(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate bornOn,
        LocalDate firstApplicationOn,
        Boolean adequateReceptionInCountryOfOrigin,
        LocalDate recordedOn) {}
