package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.MunicipalityCode;

/**
 * A departure interview (vertrekgesprek) was held; whether the person is willing to cooperate, and the municipality
 * that took part in it (null: none, and in every entry recorded before the field existed).
 */
public record DepartureInterviewHeld(
        CaseId caseId, boolean willingToCooperate, LocalDate heldOn, MunicipalityCode participatingMunicipality)
        implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return heldOn;
    }
}
