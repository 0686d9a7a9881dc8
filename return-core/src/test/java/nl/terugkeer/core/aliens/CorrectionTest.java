package nl.terugkeer.core.aliens;

import static nl.terugkeer.core.testdata.AlienSamples.alienEntryCorrected;
import static nl.terugkeer.core.testdata.AlienSamples.alienRegistered;
import static nl.terugkeer.core.testdata.AlienSamples.asylumApplicationFiled;
import static nl.terugkeer.core.testdata.AlienSamples.asylumApplicationRejected;
import static nl.terugkeer.core.testdata.AlienSamples.correctAlienEntry;
import static nl.terugkeer.core.testdata.AlienSamples.departureDeferralGranted;
import static nl.terugkeer.core.testdata.AlienSamples.departureDeferralRequested;
import static nl.terugkeer.core.testdata.AlienSamples.establishIdentity;
import static nl.terugkeer.core.testdata.AlienSamples.identityEstablished;
import static nl.terugkeer.core.testdata.AlienSamples.reflectionPeriodGranted;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorrectionTest extends AlienFixtureSupport {

    @Test
    void givenIdentityEstablished_whenThatEntryIsCorrected_thenTreatedAsNotRecorded() {
        fixture.given(alienRegistered(), identityEstablished())
                .when(correctAlienEntry(1))
                .expectEvents(alienEntryCorrected(1, "IdentityEstablished"))
                .expectState(a -> {
                    assertThat(a.position().identityEstablished()).isFalse();
                    assertThat(a.position().correctedSequences()).containsExactly(1L);
                    assertThat(a.position().history()).hasSize(3);
                });
    }

    @Test
    void givenCorrectedEntry_whenTheRightFactIsRecorded_thenItCounts() {
        fixture.given(alienRegistered(), identityEstablished(), alienEntryCorrected(1, "IdentityEstablished"))
                .when(establishIdentity())
                .expectEvents(identityEstablished())
                .expectState(a -> assertThat(a.position().identityEstablished()).isTrue());
    }

    @Test
    void givenCorrectedReflectionPeriod_whenGrantedAgain_thenAllowedBecauseTheFirstDoesNotCount() {
        fixture.given(alienRegistered(), reflectionPeriodGranted(), alienEntryCorrected(1, "ReflectionPeriodGranted"))
                .when(nl.terugkeer.core.testdata.AlienSamples.grantReflectionPeriod())
                .expectEvents(reflectionPeriodGranted());
    }

    @Test
    void givenAlien_whenCorrectingAnUnknownSequence_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), identityEstablished()).when(correctAlienEntry(7)),
                AlienRejection.UNKNOWN_ENTRY);
    }

    @Test
    void givenAlien_whenCorrectingTheRegistration_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), identityEstablished()).when(correctAlienEntry(0)),
                AlienRejection.CANNOT_CORRECT_CREATION);
    }

    @Test
    void givenCorrection_whenCorrectingTheCorrection_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), identityEstablished(), alienEntryCorrected(1, "IdentityEstablished"))
                        .when(correctAlienEntry(2)),
                AlienRejection.CANNOT_CORRECT_CORRECTION);
    }

    @Test
    void givenCorrectedEntry_whenCorrectedAgain_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), identityEstablished(), alienEntryCorrected(1, "IdentityEstablished"))
                        .when(correctAlienEntry(1)),
                AlienRejection.ENTRY_ALREADY_CORRECTED);
    }

    @Test
    void givenDecidedAsylumApplication_whenCorrectingTheFiling_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), asylumApplicationFiled(), asylumApplicationRejected())
                        .when(correctAlienEntry(1)),
                AlienRejection.ENTRY_RELIED_ON);
    }

    @Test
    void givenCorrectedDecision_whenCorrectingTheFiling_thenCorrected() {
        fixture.given(
                        alienRegistered(),
                        asylumApplicationFiled(),
                        asylumApplicationRejected(),
                        alienEntryCorrected(2, "AsylumApplicationDecided"))
                .when(correctAlienEntry(1))
                .expectEvents(alienEntryCorrected(1, "AsylumApplicationFiled"))
                .expectState(a -> assertThat(a.position().asylumApplications()).isEmpty());
    }

    @Test
    void givenGrantedDeferral_whenCorrectingTheRequest_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), departureDeferralRequested(), departureDeferralGranted())
                        .when(correctAlienEntry(1)),
                AlienRejection.ENTRY_RELIED_ON);
    }

    @Test
    void givenRejectedAsylumApplication_whenDecisionCorrected_thenPendingAgain() {
        fixture.given(alienRegistered(), asylumApplicationFiled(), asylumApplicationRejected())
                .when(correctAlienEntry(2))
                .expectEvents(alienEntryCorrected(2, "AsylumApplicationDecided"))
                .expectState(a -> {
                    assertThat(a.position().hasPendingApplication()).isTrue();
                    assertThat(a.position().departureTerm()).isEmpty();
                });
    }
}
