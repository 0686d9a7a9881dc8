package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.cases.SignalSource;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.MunicipalityCode;

/** A return case was signalled (terugkeer gesignaleerd): it opens the case for a person. */
public record ReturnSignalled(
        CaseId caseId,
        AlienId alienId,
        SignalSource source,
        MunicipalityCode municipality,
        String reason,
        LocalDate signalledOn)
        implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return signalledOn;
    }
}
