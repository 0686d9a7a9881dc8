package nl.terugkeer.core.aliens;

import static nl.terugkeer.core.testdata.AlienSamples.ALIEN_ID;
import static nl.terugkeer.core.testdata.AlienSamples.PERMIT_VALID_FROM;
import static nl.terugkeer.core.testdata.AlienSamples.REFLECTION_GRANTED_ON;
import static nl.terugkeer.core.testdata.AlienSamples.alienRegistered;
import static nl.terugkeer.core.testdata.AlienSamples.entryBanImposed;
import static nl.terugkeer.core.testdata.AlienSamples.grantBuitenschuldPermit;
import static nl.terugkeer.core.testdata.AlienSamples.grantReflectionPeriod;
import static nl.terugkeer.core.testdata.AlienSamples.grantResidencePermit;
import static nl.terugkeer.core.testdata.AlienSamples.imposeEntryBan;
import static nl.terugkeer.core.testdata.AlienSamples.reflectionPeriodGranted;
import static nl.terugkeer.core.testdata.AlienSamples.refuseResidencePermit;
import static nl.terugkeer.core.testdata.AlienSamples.residencePermitGranted;
import static nl.terugkeer.core.testdata.AlienSamples.residencePermitRefused;
import static org.assertj.core.api.Assertions.assertThat;

import nl.terugkeer.core.aliens.commands.GrantReflectionPeriod;
import nl.terugkeer.core.aliens.events.ResidencePermitGranted;
import nl.terugkeer.core.shared.CommonRejection;
import org.junit.jupiter.api.Test;

class PermitTest extends AlienFixtureSupport {

    @Test
    void givenRegistered_whenBuitenschuldPermitForOneYear_thenGrantedAndValid() {
        fixture.given(alienRegistered())
                .when(grantBuitenschuldPermit())
                .expectEvents(residencePermitGranted())
                .expectState(a -> {
                    assertThat(a.position().permitValidOn(PERMIT_VALID_FROM)).isPresent();
                    assertThat(a.position()
                                    .permitValidOn(
                                            PERMIT_VALID_FROM.plusYears(1).minusDays(1)))
                            .as("its last day")
                            .isPresent();
                    assertThat(a.position().permitValidOn(PERMIT_VALID_FROM.plusYears(1)))
                            .isEmpty();
                });
    }

    @Test
    void givenRegistered_whenBuitenschuldPermitForTwoYears_thenRejected() {
        rejected(
                fixture.given(alienRegistered())
                        .when(grantResidencePermit(
                                PermitKind.BUITENSCHULD, PERMIT_VALID_FROM, PERMIT_VALID_FROM.plusYears(2))),
                AlienRejection.BUITENSCHULD_PERMIT_NOT_ONE_YEAR);
    }

    @Test
    void givenRegistered_whenAsylumPermitForFiveYears_thenGranted() {
        fixture.given(alienRegistered())
                .when(grantResidencePermit(PermitKind.ASYLUM, PERMIT_VALID_FROM, PERMIT_VALID_FROM.plusYears(5)))
                .expectEvents(new ResidencePermitGranted(
                        ALIEN_ID,
                        PermitKind.ASYLUM,
                        PERMIT_VALID_FROM,
                        PERMIT_VALID_FROM.plusYears(5),
                        PERMIT_VALID_FROM));
    }

    @Test
    void givenRegistered_whenPermitEndsOnItsStart_thenRejected() {
        rejected(
                fixture.given(alienRegistered())
                        .when(grantResidencePermit(PermitKind.REGULAR, PERMIT_VALID_FROM, PERMIT_VALID_FROM)),
                AlienRejection.INVALID_PERMIT_VALIDITY);
    }

    @Test
    void givenRegistered_whenPermitRefused_thenRefused() {
        fixture.given(alienRegistered())
                .when(refuseResidencePermit())
                .expectEvents(residencePermitRefused())
                .expectState(a -> assertThat(a.position().permitRefusals()).hasSize(1));
    }

    @Test
    void givenRegistered_whenEntryBanForTwoYears_thenImposed() {
        fixture.given(alienRegistered())
                .when(imposeEntryBan())
                .expectEvents(entryBanImposed())
                .expectState(a -> assertThat(a.position().entryBanImposed()).isTrue());
    }

    @Test
    void givenRegistered_whenEntryBanForFourYears_thenRejected() {
        rejected(fixture.given(alienRegistered()).when(imposeEntryBan(4)), AlienRejection.ENTRY_BAN_LENGTH_NOT_ALLOWED);
    }

    @Test
    void givenRegistered_whenReflectionPeriodOfThreeMonths_thenGranted() {
        fixture.given(alienRegistered())
                .when(grantReflectionPeriod())
                .expectEvents(reflectionPeriodGranted())
                .expectState(a -> assertThat(a.position().reflectionPeriod()).contains(reflectionPeriodGranted()));
    }

    @Test
    void givenRegistered_whenReflectionPeriodLongerThanThreeMonths_thenRejected() {
        rejected(
                fixture.given(alienRegistered())
                        .when(new GrantReflectionPeriod(
                                ALIEN_ID, REFLECTION_GRANTED_ON.plusMonths(3).plusDays(1), REFLECTION_GRANTED_ON)),
                AlienRejection.REFLECTION_PERIOD_TOO_LONG);
    }

    @Test
    void givenReflectionPeriodGranted_whenGrantedAgain_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), reflectionPeriodGranted()).when(grantReflectionPeriod()),
                AlienRejection.REFLECTION_PERIOD_ALREADY_GRANTED);
    }

    @Test
    void givenRegistered_whenReflectionPeriodEndsBeforeItStarts_thenRejectedAsOutOfOrder() {
        rejected(
                fixture.given(alienRegistered())
                        .when(new GrantReflectionPeriod(
                                ALIEN_ID, REFLECTION_GRANTED_ON.minusDays(1), REFLECTION_GRANTED_ON)),
                CommonRejection.DATES_OUT_OF_ORDER);
    }
}
