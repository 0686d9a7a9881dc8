package nl.terugkeer.core.cases.rules;

import static nl.terugkeer.core.cases.rules.RuleTestSupport.stateOf;
import static nl.terugkeer.core.testdata.CaseSamples.CASE_ID;
import static nl.terugkeer.core.testdata.CaseSamples.returnSignalled;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.terugkeer.core.cases.CaseRejection;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.DepartureType;
import nl.terugkeer.core.cases.TravelDocumentKind;
import nl.terugkeer.core.cases.events.TravelDocumentObtained;
import nl.terugkeer.core.shared.Rejection;
import org.junit.jupiter.api.Test;

/** Forced departure needs a travel document valid on the day of departure (Vw art. 63). */
class LifecycleRulesTest {

    private static final CaseState DOCUMENT_VALID_UNTIL_1_NOVEMBER = stateOf(
            returnSignalled(),
            new TravelDocumentObtained(
                    CASE_ID, TravelDocumentKind.LAISSEZ_PASSER, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 6, 1)));

    @Test
    void givenADocumentValidUntil1November_whenForcedDepartureOn1November_thenAllowed() {
        assertThat(LifecycleRules.forcedDepartureHasTravelDocument(
                        DOCUMENT_VALID_UNTIL_1_NOVEMBER, DepartureType.FORCED, LocalDate.of(2026, 11, 1)))
                .isEmpty();
    }

    @Test
    void givenADocumentValidUntil1November_whenForcedDepartureOn2November_thenRefused() {
        assertThat(LifecycleRules.forcedDepartureHasTravelDocument(
                        DOCUMENT_VALID_UNTIL_1_NOVEMBER, DepartureType.FORCED, LocalDate.of(2026, 11, 2)))
                .contains(Rejection.of(
                        CaseRejection.FORCED_DEPARTURE_NEEDS_TRAVEL_DOCUMENT,
                        "no travel document valid on 2026-11-02 is recorded"));
    }

    @Test
    void givenNoTravelDocument_whenIndependentDeparture_thenNoDocumentIsRequired() {
        assertThat(LifecycleRules.forcedDepartureHasTravelDocument(
                        stateOf(returnSignalled()), DepartureType.INDEPENDENT, LocalDate.of(2026, 11, 2)))
                .isEmpty();
    }
}
