package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import java.util.List;
import nl.terugkeer.core.shared.CaseId;

/**
 * The family bond for the family route was recorded (Vc B8/4): since when, the date of entry, and the countries
 * plausible for the family. The latest record counts.
 */
public record FamilyBondRecorded(
        CaseId caseId, LocalDate bondSince, LocalDate enteredOn, List<String> countries, LocalDate recordedOn)
        implements CaseEvent {

    public FamilyBondRecorded {
        countries = countries == null ? null : List.copyOf(countries);
    }

    @Override
    public LocalDate businessDate() {
        return recordedOn;
    }
}
