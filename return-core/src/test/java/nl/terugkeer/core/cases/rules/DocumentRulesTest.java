package nl.terugkeer.core.cases.rules;

import static nl.terugkeer.core.cases.rules.RuleTestSupport.stateOf;
import static nl.terugkeer.core.testdata.CaseSamples.CASE_ID;
import static nl.terugkeer.core.testdata.CaseSamples.returnSignalled;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.terugkeer.core.cases.CaseRejection;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.LaissezPasserPurpose;
import nl.terugkeer.core.cases.PresentationOutcome;
import nl.terugkeer.core.cases.events.LaissezPasserRequested;
import nl.terugkeer.core.shared.Rejection;
import org.junit.jupiter.api.Test;

/** The documents track's rules on their first and last day (DTV-LP-aanvraag, DTV-LP-resultaat). */
class DocumentRulesTest {

    private static final CaseState REQUESTED_ON_1_APRIL = stateOf(
            returnSignalled(),
            new LaissezPasserRequested(CASE_ID, "SYR", LaissezPasserPurpose.RETURN, LocalDate.of(2026, 4, 1)));

    @Test
    void givenALaissezPasserRequest_whenAPresentationFallsOnTheRequestDay_thenAllowed() {
        assertThat(DocumentRules.laissezPasserRequested(REQUESTED_ON_1_APRIL, LocalDate.of(2026, 4, 1)))
                .isEmpty();
    }

    @Test
    void givenALaissezPasserRequest_whenAPresentationFallsTheDayBefore_thenRefused() {
        assertThat(DocumentRules.laissezPasserRequested(REQUESTED_ON_1_APRIL, LocalDate.of(2026, 3, 31)))
                .contains(Rejection.of(
                        CaseRejection.PRESENTATION_NEEDS_LAISSEZ_PASSER_REQUEST,
                        "no laissez-passer request on or before 2026-03-31"));
    }

    @Test
    void givenNoLaissezPasserRequest_whenAPresentationIsRecorded_thenRefused() {
        assertThat(DocumentRules.laissezPasserRequested(stateOf(returnSignalled()), LocalDate.of(2026, 4, 1)))
                .map(Rejection::code)
                .contains(CaseRejection.PRESENTATION_NEEDS_LAISSEZ_PASSER_REQUEST);
    }

    @Test
    void givenARequestOn1April2026_whenNoResponseIsRecordedOn1April2027_thenAllowed() {
        assertThat(DocumentRules.noResponseOnlyAfter12Months(
                        REQUESTED_ON_1_APRIL,
                        PresentationOutcome.NO_RESPONSE_AFTER_12_MONTHS,
                        LocalDate.of(2027, 4, 1)))
                .isEmpty();
    }

    @Test
    void givenARequestOn1April2026_whenNoResponseIsRecordedOn31March2027_thenRefused() {
        assertThat(DocumentRules.noResponseOnlyAfter12Months(
                        REQUESTED_ON_1_APRIL,
                        PresentationOutcome.NO_RESPONSE_AFTER_12_MONTHS,
                        LocalDate.of(2027, 3, 31)))
                .contains(Rejection.of(
                        CaseRejection.NO_RESPONSE_BEFORE_12_MONTHS, "no response can be recorded from 2027-04-01"));
    }

    @Test
    void givenARequestOn1April2026_whenAnotherOutcomeIsRecordedTheNextDay_thenTheTwelveMonthsDoNotApply() {
        assertThat(DocumentRules.noResponseOnlyAfter12Months(
                        REQUESTED_ON_1_APRIL, PresentationOutcome.NON_STATEMENT, LocalDate.of(2026, 4, 2)))
                .isEmpty();
    }

    @Test
    void givenCountryCodes_whenChecked_thenOnlyThreeCapitalLettersPass() {
        assertThat(DocumentRules.countryIsAnIcaoCode("SYR")).isEmpty();
        assertThat(DocumentRules.countryIsAnIcaoCode("syr"))
                .map(Rejection::code)
                .contains(CaseRejection.INVALID_COUNTRY_CODE);
        assertThat(DocumentRules.countryIsAnIcaoCode("SY"))
                .map(Rejection::code)
                .contains(CaseRejection.INVALID_COUNTRY_CODE);
    }
}
