package nl.terugkeer.core.testdata;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.terugkeer.core.cases.SignalSource;
import nl.terugkeer.core.cases.commands.SignalReturn;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.cases.events.ReturnSignalled;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.MunicipalityCode;

/**
 * Test data for the Case aggregate: commands with sensible defaults, and one canonical instance of every event
 * type (fixed ids and dates) whose stored form the golden files pin.
 */
public final class CaseSamples {

    public static final CaseId CASE_ID = new CaseId(UUID.fromString("00000000-0000-0000-0000-00000000c001"));
    public static final MunicipalityCode AMSTERDAM = new MunicipalityCode("GM0363");
    public static final LocalDate SIGNALLED_ON = LocalDate.of(2026, 3, 9);

    private CaseSamples() {}

    public static SignalReturn signalReturnByMunicipality() {
        return signalReturnByMunicipality(CASE_ID);
    }

    public static SignalReturn signalReturnByMunicipality(CaseId caseId) {
        return new SignalReturn(
                caseId, AlienSamples.ALIEN_ID, SignalSource.MUNICIPALITY, AMSTERDAM, "asylum rejected", SIGNALLED_ON);
    }

    public static SignalReturn signalReturnBy(SignalSource source) {
        return new SignalReturn(CASE_ID, AlienSamples.ALIEN_ID, source, null, "dossier handed over", SIGNALLED_ON);
    }

    public static ReturnSignalled returnSignalled() {
        SignalReturn c = signalReturnByMunicipality();
        return new ReturnSignalled(c.caseId(), c.alienId(), c.source(), c.municipality(), c.reason(), c.signalledOn());
    }

    /** One canonical instance per permitted subtype of {@link CaseEvent}. */
    public static List<CaseEvent> everyEventType() {
        return List.of(returnSignalled());
    }
}
