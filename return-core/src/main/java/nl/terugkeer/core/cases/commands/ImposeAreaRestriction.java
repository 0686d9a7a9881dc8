package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import nl.terugkeer.core.cases.AreaRestrictionKind;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.MunicipalityCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Impose an area restriction (vrijheidsbeperkende maatregel, Vw art. 56) through {@code lastDay} (included). */
public record ImposeAreaRestriction(
        @TargetAggregateIdentifier CaseId caseId,
        AreaRestrictionKind kind,
        MunicipalityCode area,
        LocalDate imposedOn,
        LocalDate lastDay) {}
