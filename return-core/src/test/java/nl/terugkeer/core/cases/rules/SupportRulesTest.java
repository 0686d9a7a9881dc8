package nl.terugkeer.core.cases.rules;

import static nl.terugkeer.core.cases.rules.RuleTestSupport.stateOf;
import static nl.terugkeer.core.testdata.CaseSamples.CASE_ID;
import static nl.terugkeer.core.testdata.CaseSamples.returnSignalled;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.terugkeer.core.cases.CaseRejection;
import nl.terugkeer.core.cases.SupportKind;
import nl.terugkeer.core.cases.events.ReturnSupportOffered;
import nl.terugkeer.core.shared.CommonRejection;
import nl.terugkeer.core.shared.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Return support: EUR 1,800 per adult and 2,800 per minor, 200 basic and 300 cash per person (DTV-herint). */
class SupportRulesTest {

    @ParameterizedTest(name = "adults {0}, minors {1}, amount {2}, cash {3}")
    @CsvSource({"1, 0, 0, 0", "0, 1, 0, 0", "2, 3, 1800, 300"})
    void givenAHouseholdOfAtLeastOneAndNoNegativeAmounts_whenChecked_thenValid(
            int adults, int minors, int amount, int cash) {
        assertThat(SupportRules.householdAndAmountsValid(adults, minors, amount, cash))
                .isEmpty();
    }

    @ParameterizedTest(name = "adults {0}, minors {1}, amount {2}, cash {3}")
    @CsvSource({"-1, 2, 0, 0", "2, -1, 0, 0", "0, 0, 0, 0", "1, 0, -1, 0", "1, 0, 0, -1"})
    void givenANegativeNumberOrNobody_whenChecked_thenInvalid(int adults, int minors, int amount, int cash) {
        assertThat(SupportRules.householdAndAmountsValid(adults, minors, amount, cash))
                .map(Rejection::code)
                .contains(CommonRejection.INVALID_VALUE);
    }

    @Test
    void givenOnlyBasicSupportOffered_whenReintegrationIsGranted_thenRefusedAsNotOffered() {
        var state = stateOf(
                returnSignalled(), new ReturnSupportOffered(CASE_ID, SupportKind.BASIC, LocalDate.of(2026, 4, 20)));
        assertThat(SupportRules.offeredBeforeGranted(state, SupportKind.REINTEGRATION))
                .contains(Rejection.of(CaseRejection.SUPPORT_NOT_OFFERED, "REINTEGRATION support was not offered"));
        assertThat(SupportRules.offeredBeforeGranted(state, SupportKind.BASIC)).isEmpty();
    }

    @Test
    void givenOneAdultAndOneMinor_whenReintegrationIs4600Or4601_thenTheMaximumIs4600() {
        assertThat(SupportRules.reintegrationWithinMaximum(SupportKind.REINTEGRATION, 1, 1, 4_600))
                .isEmpty();
        assertThat(SupportRules.reintegrationWithinMaximum(SupportKind.REINTEGRATION, 1, 1, 4_601))
                .contains(Rejection.of(
                        CaseRejection.REINTEGRATION_ABOVE_MAXIMUM, "amountInEuros is above the maximum 4600"));
        assertThat(SupportRules.reintegrationWithinMaximum(SupportKind.BASIC, 1, 1, 4_601))
                .isEmpty();
    }

    @Test
    void givenOneAdultAndOneMinor_whenBasicContributionIs400Or401_thenTheMaximumIs400() {
        assertThat(SupportRules.basicContributionWithinMaximum(SupportKind.BASIC, 1, 1, 400))
                .isEmpty();
        assertThat(SupportRules.basicContributionWithinMaximum(SupportKind.BASIC, 1, 1, 401))
                .contains(Rejection.of(
                        CaseRejection.BASIC_SUPPORT_ABOVE_MAXIMUM, "amountInEuros is above the maximum 400"));
        assertThat(SupportRules.basicContributionWithinMaximum(SupportKind.REINTEGRATION, 1, 1, 401))
                .isEmpty();
    }

    @Test
    void givenOneAdultAndOneMinor_whenCashIs600Or601_thenTheMaximumIs600() {
        assertThat(SupportRules.cashWithinMaximum(1, 1, 4_600, 600)).isEmpty();
        assertThat(SupportRules.cashWithinMaximum(1, 1, 4_600, 601))
                .contains(Rejection.of(CaseRejection.CASH_ABOVE_MAXIMUM, "cashInEuros is above the maximum 600"));
    }

    @Test
    void givenASmallAmount_whenCashExceedsIt_thenTheAmountIsTheCashMaximum() {
        assertThat(SupportRules.cashWithinMaximum(1, 1, 100, 100)).isEmpty();
        assertThat(SupportRules.cashWithinMaximum(1, 1, 100, 101))
                .contains(Rejection.of(CaseRejection.CASH_ABOVE_MAXIMUM, "cashInEuros is above the maximum 100"));
    }
}
