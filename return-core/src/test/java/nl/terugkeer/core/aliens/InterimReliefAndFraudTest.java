package nl.terugkeer.core.aliens;

import static nl.terugkeer.core.testdata.AlienSamples.ALIEN_ID;
import static nl.terugkeer.core.testdata.AlienSamples.INTERIM_RELIEF_REQUESTED_ON;
import static nl.terugkeer.core.testdata.AlienSamples.alienEntryCorrected;
import static nl.terugkeer.core.testdata.AlienSamples.alienRegistered;
import static nl.terugkeer.core.testdata.AlienSamples.amvFollowUpCareStarted;
import static nl.terugkeer.core.testdata.AlienSamples.asylumApplicationFiled;
import static nl.terugkeer.core.testdata.AlienSamples.asylumApplicationRejected;
import static nl.terugkeer.core.testdata.AlienSamples.correctAlienEntry;
import static nl.terugkeer.core.testdata.AlienSamples.decideInterimRelief;
import static nl.terugkeer.core.testdata.AlienSamples.equatedCategoryRecorded;
import static nl.terugkeer.core.testdata.AlienSamples.interimReliefDecided;
import static nl.terugkeer.core.testdata.AlienSamples.interimReliefRequested;
import static nl.terugkeer.core.testdata.AlienSamples.nonArrivalRecorded;
import static nl.terugkeer.core.testdata.AlienSamples.receptionFraudEstablished;
import static nl.terugkeer.core.testdata.AlienSamples.recordAmvFollowUpCare;
import static nl.terugkeer.core.testdata.AlienSamples.recordEquatedCategory;
import static nl.terugkeer.core.testdata.AlienSamples.recordNonArrival;
import static nl.terugkeer.core.testdata.AlienSamples.recordReceptionFraud;
import static nl.terugkeer.core.testdata.AlienSamples.requestInterimRelief;
import static org.assertj.core.api.Assertions.assertThat;

import nl.terugkeer.core.aliens.commands.DecideInterimRelief;
import nl.terugkeer.core.aliens.commands.RequestInterimRelief;
import nl.terugkeer.core.shared.CommonRejection;
import org.junit.jupiter.api.Test;

class InterimReliefAndFraudTest extends AlienFixtureSupport {

    @Test
    void givenARejection_whenInterimReliefRequested_thenPending() {
        fixture.given(alienRegistered(), asylumApplicationFiled(), asylumApplicationRejected())
                .when(requestInterimRelief())
                .expectEvents(interimReliefRequested())
                .expectState(
                        a -> assertThat(a.position().pendingInterimRelief()).isPresent());
    }

    @Test
    void givenNoRejection_whenInterimReliefRequested_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), asylumApplicationFiled()).when(requestInterimRelief()),
                AlienRejection.NO_ASYLUM_REJECTION);
    }

    @Test
    void givenInterimReliefPending_whenRequestedAgain_thenRejected() {
        rejected(
                fixture.given(
                                alienRegistered(),
                                asylumApplicationFiled(),
                                asylumApplicationRejected(),
                                interimReliefRequested())
                        .when(requestInterimRelief()),
                AlienRejection.INTERIM_RELIEF_ALREADY_PENDING);
    }

    @Test
    void givenARejection_whenInterimReliefRequestedBeforeIt_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), asylumApplicationFiled(), asylumApplicationRejected())
                        .when(new RequestInterimRelief(
                                ALIEN_ID,
                                asylumApplicationRejected().decidedOn().minusDays(1))),
                CommonRejection.DATES_OUT_OF_ORDER);
    }

    @Test
    void givenInterimReliefPending_whenRefused_thenDecided() {
        fixture.given(
                        alienRegistered(),
                        asylumApplicationFiled(),
                        asylumApplicationRejected(),
                        interimReliefRequested())
                .when(decideInterimRelief(DecisionOutcome.REJECTED))
                .expectEvents(interimReliefDecided(DecisionOutcome.REJECTED))
                .expectState(
                        a -> assertThat(a.position().pendingInterimRelief()).isEmpty());
    }

    @Test
    void givenNoInterimRelief_whenDecided_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), asylumApplicationFiled(), asylumApplicationRejected())
                        .when(decideInterimRelief(DecisionOutcome.GRANTED)),
                AlienRejection.NO_PENDING_INTERIM_RELIEF);
    }

    @Test
    void givenInterimReliefPending_whenDecidedBeforeTheRequest_thenRejected() {
        rejected(
                fixture.given(
                                alienRegistered(),
                                asylumApplicationFiled(),
                                asylumApplicationRejected(),
                                interimReliefRequested())
                        .when(new DecideInterimRelief(
                                ALIEN_ID, DecisionOutcome.GRANTED, INTERIM_RELIEF_REQUESTED_ON.minusDays(1))),
                CommonRejection.DATES_OUT_OF_ORDER);
    }

    @Test
    void givenADecidedInterimRelief_whenTheRequestIsCorrected_thenRejectedAsReliedOn() {
        rejected(
                fixture.given(
                                alienRegistered(),
                                asylumApplicationFiled(),
                                asylumApplicationRejected(),
                                interimReliefRequested(),
                                interimReliefDecided(DecisionOutcome.REJECTED))
                        .when(correctAlienEntry(3)),
                AlienRejection.ENTRY_RELIED_ON);
    }

    @Test
    void givenADecidedInterimRelief_whenTheDecisionIsCorrected_thenPendingAgain() {
        fixture.given(
                        alienRegistered(),
                        asylumApplicationFiled(),
                        asylumApplicationRejected(),
                        interimReliefRequested(),
                        interimReliefDecided(DecisionOutcome.REJECTED))
                .when(correctAlienEntry(4))
                .expectEvents(alienEntryCorrected(4, "InterimReliefDecided"))
                .expectState(
                        a -> assertThat(a.position().pendingInterimRelief()).isPresent());
    }

    @Test
    void givenRegistered_whenFraudRecorded_thenEstablished() {
        fixture.given(alienRegistered())
                .when(recordReceptionFraud())
                .expectEvents(receptionFraudEstablished())
                .expectState(a -> assertThat(a.position().frauds()).hasSize(1));
    }

    @Test
    void givenFraud_whenCorrected_thenWithdrawn() {
        fixture.given(alienRegistered(), receptionFraudEstablished())
                .when(correctAlienEntry(1))
                .expectEvents(alienEntryCorrected(1, "ReceptionFraudEstablished"))
                .expectState(a -> assertThat(a.position().frauds()).isEmpty());
    }

    @Test
    void givenRegistered_whenAnEctHrInterimMeasureIsRecorded_thenItCounts() {
        fixture.given(alienRegistered())
                .when(recordEquatedCategory(java.time.LocalDate.of(2026, 9, 30)))
                .expectEvents(equatedCategoryRecorded())
                .expectState(a -> assertThat(a.position().equatedCategories()).hasSize(1));
    }

    @Test
    void givenRegistered_whenAnEquatedCategoryEndsBeforeItStarts_thenRejected() {
        rejected(
                fixture.given(alienRegistered()).when(recordEquatedCategory(java.time.LocalDate.of(2026, 6, 14))),
                CommonRejection.DATES_OUT_OF_ORDER);
    }

    @Test
    void givenAnEquatedCategory_whenCorrected_thenWithdrawn() {
        fixture.given(alienRegistered(), equatedCategoryRecorded())
                .when(correctAlienEntry(1))
                .expectEvents(alienEntryCorrected(1, "EquatedCategoryRecorded"))
                .expectState(a -> assertThat(a.position().equatedCategories()).isEmpty());
    }

    @Test
    void givenRegistered_whenNonArrivalRecorded_thenItCounts() {
        fixture.given(alienRegistered())
                .when(recordNonArrival())
                .expectEvents(nonArrivalRecorded())
                .expectState(a -> assertThat(a.position().nonArrivals()).hasSize(1));
    }

    @Test
    void givenAnUnaccompaniedMinor_whenFollowUpCareRecorded_thenItCounts() {
        fixture.given(new nl.terugkeer.core.aliens.events.AlienRegistered(
                        ALIEN_ID,
                        null,
                        alienRegistered().name(),
                        java.time.LocalDate.of(2010, 8, 20),
                        "AFG",
                        true,
                        java.util.List.of(),
                        alienRegistered().registeredOn()))
                .when(recordAmvFollowUpCare())
                .expectEvents(amvFollowUpCareStarted());
    }

    @Test
    void givenAnAdult_whenFollowUpCareRecorded_thenRejected() {
        rejected(
                fixture.given(alienRegistered()).when(recordAmvFollowUpCare()),
                AlienRejection.NOT_AN_UNACCOMPANIED_MINOR);
    }
}
