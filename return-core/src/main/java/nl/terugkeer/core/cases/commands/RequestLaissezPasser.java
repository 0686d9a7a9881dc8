package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.cases.LaissezPasserPurpose;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Request a laissez-passer from a country's mission (LP-aanvraag indienen); the country as an ICAO code. */
public record RequestLaissezPasser(
        @TargetAggregateIdentifier CaseId caseId,
        String country,
        LaissezPasserPurpose purpose,
        LocalDate requestedOn) {}
