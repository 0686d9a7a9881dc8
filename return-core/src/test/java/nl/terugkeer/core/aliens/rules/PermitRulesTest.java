package nl.terugkeer.core.aliens.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.AlienRejection;
import nl.terugkeer.core.aliens.PermitKind;
import nl.terugkeer.core.shared.Rejection;
import org.junit.jupiter.api.Test;

/** Permit validity, the one-year buitenschuld permit (Vc B8/4.2) and the reflection period (Vc B8/3). */
class PermitRulesTest {

    @Test
    void givenABuitenschuldPermitFrom16November2026_whenValidUntil15November2027_thenAllowed() {
        assertThat(PermitRules.buitenschuldValidOneYear(
                        PermitKind.BUITENSCHULD, LocalDate.of(2026, 11, 16), LocalDate.of(2027, 11, 15)))
                .isEmpty();
    }

    @Test
    void givenABuitenschuldPermitFrom16November2026_whenValidUntilADayLaterOrEarlier_thenRefused() {
        for (LocalDate wrong : new LocalDate[] {LocalDate.of(2027, 11, 16), LocalDate.of(2027, 11, 14)}) {
            assertThat(PermitRules.buitenschuldValidOneYear(PermitKind.BUITENSCHULD, LocalDate.of(2026, 11, 16), wrong))
                    .contains(Rejection.of(
                            AlienRejection.BUITENSCHULD_PERMIT_NOT_ONE_YEAR,
                            "validUntil must be 2027-11-15 for validFrom 2026-11-16"));
        }
    }

    @Test
    void givenAnotherPermitKind_whenValidForTwoYears_thenTheOneYearRuleDoesNotApply() {
        assertThat(PermitRules.buitenschuldValidOneYear(
                        PermitKind.ASYLUM, LocalDate.of(2026, 11, 16), LocalDate.of(2028, 11, 16)))
                .isEmpty();
    }

    @Test
    void givenAReflectionPeriodFrom1April_whenItEnds1JulyOr2July_thenThreeMonthsIsTheLastDay() {
        assertThat(PermitRules.reflectionAtMost3Months(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1)))
                .isEmpty();
        assertThat(PermitRules.reflectionAtMost3Months(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 2)))
                .map(Rejection::code)
                .contains(AlienRejection.REFLECTION_PERIOD_TOO_LONG);
    }

    @Test
    void givenAPermit_whenValidUntilIsTheDayAfterItsStart_thenValidAndOnItsStartNot() {
        assertThat(PermitRules.validUntilAfterValidFrom(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 17)))
                .isEmpty();
        assertThat(PermitRules.validUntilAfterValidFrom(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 16)))
                .map(Rejection::code)
                .contains(AlienRejection.INVALID_PERMIT_VALIDITY);
    }
}
