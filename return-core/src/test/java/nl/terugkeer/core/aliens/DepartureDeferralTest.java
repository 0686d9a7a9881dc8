package nl.terugkeer.core.aliens;

import static nl.terugkeer.core.testdata.AlienSamples.ALIEN_ID;
import static nl.terugkeer.core.testdata.AlienSamples.DEFERRAL_GRANTED_ON;
import static nl.terugkeer.core.testdata.AlienSamples.DEFERRAL_REQUESTED_ON;
import static nl.terugkeer.core.testdata.AlienSamples.PROVISIONAL_APPLIED_ON;
import static nl.terugkeer.core.testdata.AlienSamples.alienRegistered;
import static nl.terugkeer.core.testdata.AlienSamples.applyProvisionalDeferral;
import static nl.terugkeer.core.testdata.AlienSamples.departureDeferralEnded;
import static nl.terugkeer.core.testdata.AlienSamples.departureDeferralGranted;
import static nl.terugkeer.core.testdata.AlienSamples.departureDeferralRefused;
import static nl.terugkeer.core.testdata.AlienSamples.departureDeferralRequested;
import static nl.terugkeer.core.testdata.AlienSamples.endDepartureDeferral;
import static nl.terugkeer.core.testdata.AlienSamples.grantDepartureDeferral;
import static nl.terugkeer.core.testdata.AlienSamples.provisionalDeferralApplied;
import static nl.terugkeer.core.testdata.AlienSamples.refuseDepartureDeferral;
import static nl.terugkeer.core.testdata.AlienSamples.requestDepartureDeferral;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.commands.ApplyProvisionalDeferral;
import nl.terugkeer.core.aliens.commands.EndDepartureDeferral;
import nl.terugkeer.core.aliens.commands.GrantDepartureDeferral;
import nl.terugkeer.core.shared.CommonRejection;
import org.junit.jupiter.api.Test;

class DepartureDeferralTest extends AlienFixtureSupport {

    @Test
    void givenRegistered_whenRequestDeferral_thenRequestedButNothingInForce() {
        fixture.given(alienRegistered())
                .when(requestDepartureDeferral())
                .expectEvents(departureDeferralRequested())
                .expectState(a -> {
                    assertThat(a.position().openDeferralRequest()).isPresent();
                    assertThat(a.position().deferralInForceOn(DEFERRAL_REQUESTED_ON))
                            .isEmpty();
                });
    }

    @Test
    void givenOpenRequest_whenRequestingAgain_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), departureDeferralRequested()).when(requestDepartureDeferral()),
                AlienRejection.DEFERRAL_ALREADY_REQUESTED);
    }

    @Test
    void givenOpenRequest_whenProvisionalForThreeMonths_thenAppliedAndInForce() {
        fixture.given(alienRegistered(), departureDeferralRequested())
                .when(applyProvisionalDeferral())
                .expectEvents(provisionalDeferralApplied())
                .expectState(a -> assertThat(a.position().deferralInForceOn(PROVISIONAL_APPLIED_ON.plusMonths(3)))
                        .map(Deferral::kind)
                        .contains(DeferralKind.PROVISIONAL));
    }

    @Test
    void givenNoRequest_whenProvisionalApplied_thenRejected() {
        rejected(
                fixture.given(alienRegistered()).when(applyProvisionalDeferral()),
                AlienRejection.DEFERRAL_NEEDS_REQUEST);
    }

    @Test
    void givenOpenRequest_whenProvisionalLongerThanThreeMonths_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), departureDeferralRequested())
                        .when(new ApplyProvisionalDeferral(
                                ALIEN_ID, PROVISIONAL_APPLIED_ON.plusMonths(3).plusDays(1), PROVISIONAL_APPLIED_ON)),
                AlienRejection.PROVISIONAL_DEFERRAL_TOO_LONG);
    }

    @Test
    void givenOpenRequest_whenProvisionalBeforeRequest_thenRejectedAsOutOfOrder() {
        LocalDate before = DEFERRAL_REQUESTED_ON.minusDays(1);
        rejected(
                fixture.given(alienRegistered(), departureDeferralRequested())
                        .when(new ApplyProvisionalDeferral(ALIEN_ID, before.plusMonths(1), before)),
                CommonRejection.DATES_OUT_OF_ORDER);
    }

    @Test
    void givenProvisionalDeferral_whenGrantedForOneYear_thenGrantSupersedesProvisional() {
        fixture.given(alienRegistered(), departureDeferralRequested(), provisionalDeferralApplied())
                .when(grantDepartureDeferral())
                .expectEvents(departureDeferralGranted())
                .expectState(a -> {
                    LegalPosition p = a.position();
                    assertThat(p.deferralInForceOn(DEFERRAL_GRANTED_ON.plusYears(1)))
                            .map(Deferral::kind)
                            .contains(DeferralKind.GRANTED);
                    assertThat(p.deferrals().getFirst().lastDay()).isEqualTo(DEFERRAL_GRANTED_ON);
                });
    }

    @Test
    void givenNoRequest_whenGranted_thenRejected() {
        rejected(
                fixture.given(alienRegistered()).when(grantDepartureDeferral()), AlienRejection.DEFERRAL_NEEDS_REQUEST);
    }

    @Test
    void givenOpenRequest_whenGrantedForMoreThanOneYear_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), departureDeferralRequested())
                        .when(new GrantDepartureDeferral(
                                ALIEN_ID, DEFERRAL_GRANTED_ON.plusYears(1).plusDays(1), DEFERRAL_GRANTED_ON)),
                AlienRejection.DEFERRAL_TOO_LONG);
    }

    @Test
    void givenOpenRequest_whenRefused_thenRequestClosed() {
        fixture.given(alienRegistered(), departureDeferralRequested())
                .when(refuseDepartureDeferral())
                .expectEvents(departureDeferralRefused())
                .expectState(a -> assertThat(a.position().openDeferralRequest()).isEmpty());
    }

    @Test
    void givenRefusedRequest_whenGranted_thenRejectedForWantOfANewRequest() {
        rejected(
                fixture.given(alienRegistered(), departureDeferralRequested(), departureDeferralRefused())
                        .when(grantDepartureDeferral()),
                AlienRejection.DEFERRAL_NEEDS_REQUEST);
    }

    @Test
    void givenNoRequest_whenRefused_thenRejected() {
        rejected(
                fixture.given(alienRegistered()).when(refuseDepartureDeferral()),
                AlienRejection.DEFERRAL_NEEDS_REQUEST);
    }

    @Test
    void givenGrantedDeferral_whenEnded_thenNoLongerInForce() {
        fixture.given(alienRegistered(), departureDeferralRequested(), departureDeferralGranted())
                .when(endDepartureDeferral())
                .expectEvents(departureDeferralEnded())
                .expectState(a -> {
                    LocalDate endedOn = endDepartureDeferral().endedOn();
                    assertThat(a.position().deferralInForceOn(endedOn)).isPresent();
                    assertThat(a.position().deferralInForceOn(endedOn.plusDays(1)))
                            .isEmpty();
                    assertThat(a.position().openDeferralRequest()).isEmpty();
                });
    }

    @Test
    void givenOnlyARequest_whenEnded_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), departureDeferralRequested()).when(endDepartureDeferral()),
                AlienRejection.NO_DEFERRAL_IN_FORCE);
    }

    @Test
    void givenExpiredProvisionalDeferral_whenEndedAfterItsEnd_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), departureDeferralRequested(), provisionalDeferralApplied())
                        .when(new EndDepartureDeferral(ALIEN_ID, PROVISIONAL_APPLIED_ON.plusMonths(4))),
                AlienRejection.NO_DEFERRAL_IN_FORCE);
    }

    @Test
    void givenEndedDeferral_whenEndedAgain_thenRejected() {
        rejected(
                fixture.given(
                                alienRegistered(),
                                departureDeferralRequested(),
                                departureDeferralGranted(),
                                departureDeferralEnded())
                        .when(endDepartureDeferral()),
                AlienRejection.NO_DEFERRAL_IN_FORCE);
    }
}
