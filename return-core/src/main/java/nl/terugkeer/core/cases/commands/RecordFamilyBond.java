package nl.terugkeer.core.cases.commands;

import java.time.LocalDate;
import java.util.List;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record the family bond for the family route (Vc B8/4): since when it exists, the date of entry, and every country
 * (ICAO code) plausible for the family, which must all have been tried.
 */
public record RecordFamilyBond(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate bondSince,
        LocalDate enteredOn,
        List<String> countries,
        LocalDate recordedOn) {}
