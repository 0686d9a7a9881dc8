package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/**
 * The facts of the amv route were recorded (Vc B8/4, LTV-BS): date of birth, first application, and whether adequate
 * reception is available in the country of origin. The latest record counts.
 */
public record MinorBuitenschuldFactsRecorded(
        CaseId caseId,
        LocalDate bornOn,
        LocalDate firstApplicationOn,
        boolean adequateReceptionInCountryOfOrigin,
        LocalDate recordedOn)
        implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return recordedOn;
    }
}
