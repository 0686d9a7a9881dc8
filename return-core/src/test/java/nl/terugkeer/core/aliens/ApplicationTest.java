package nl.terugkeer.core.aliens;

import static nl.terugkeer.core.testdata.AlienSamples.ALIEN_ID;
import static nl.terugkeer.core.testdata.AlienSamples.ASYLUM_DECIDED_ON;
import static nl.terugkeer.core.testdata.AlienSamples.ASYLUM_FILED_ON;
import static nl.terugkeer.core.testdata.AlienSamples.REGULAR_FILED_ON;
import static nl.terugkeer.core.testdata.AlienSamples.alienRegistered;
import static nl.terugkeer.core.testdata.AlienSamples.asylumApplicationFiled;
import static nl.terugkeer.core.testdata.AlienSamples.asylumApplicationRejected;
import static nl.terugkeer.core.testdata.AlienSamples.decideAsylumApplication;
import static nl.terugkeer.core.testdata.AlienSamples.decideRegularApplication;
import static nl.terugkeer.core.testdata.AlienSamples.fileAsylumApplication;
import static nl.terugkeer.core.testdata.AlienSamples.fileRegularApplication;
import static nl.terugkeer.core.testdata.AlienSamples.regularApplicationDecided;
import static nl.terugkeer.core.testdata.AlienSamples.regularApplicationFiled;
import static nl.terugkeer.core.testdata.AlienSamples.rejectAsylumApplication;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.commands.DecideRegularApplication;
import nl.terugkeer.core.aliens.commands.FileRegularApplication;
import nl.terugkeer.core.aliens.events.AsylumApplicationDecided;
import nl.terugkeer.core.shared.CommonRejection;
import nl.terugkeer.core.testdata.TestClock;
import org.junit.jupiter.api.Test;

class ApplicationTest extends AlienFixtureSupport {

    private static final DepartureTerm TERM_28 = new DepartureTerm(28, ASYLUM_DECIDED_ON);

    // ---- asylum ----

    @Test
    void givenRegistered_whenFileAsylumApplication_thenFiledAndPending() {
        fixture.given(alienRegistered())
                .when(fileAsylumApplication())
                .expectEvents(asylumApplicationFiled())
                .expectState(a -> {
                    assertThat(a.position().hasPendingApplication()).isTrue();
                    assertThat(a.position().pendingAsylumApplication())
                            .map(AsylumApplication::filedOn)
                            .contains(ASYLUM_FILED_ON);
                });
    }

    @Test
    void givenPendingAsylumApplication_whenFilingAnother_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), asylumApplicationFiled())
                        .when(fileAsylumApplication(AsylumApplicationKind.REPEATED, LocalDate.of(2026, 4, 1))),
                AlienRejection.ASYLUM_APPLICATION_ALREADY_PENDING);
    }

    @Test
    void givenDecidedAsylumApplication_whenRepeatedApplicationFiled_thenFiled() {
        LocalDate filedOn = LocalDate.of(2026, 6, 1);
        fixture.given(alienRegistered(), asylumApplicationFiled(), asylumApplicationRejected())
                .when(fileAsylumApplication(AsylumApplicationKind.REPEATED, filedOn))
                .expectEvents(asylumApplicationFiled(AsylumApplicationKind.REPEATED, filedOn));
    }

    @Test
    void givenDecidedAsylumApplication_whenFiledAsFirst_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), asylumApplicationFiled(), asylumApplicationRejected())
                        .when(fileAsylumApplication(AsylumApplicationKind.FIRST, LocalDate.of(2026, 6, 1))),
                AlienRejection.ASYLUM_APPLICATION_NOT_FIRST);
    }

    @Test
    void givenRegistered_whenAsylumFiledTomorrow_thenRejectedAsFuture() {
        rejected(
                fixture.given(alienRegistered())
                        .when(fileAsylumApplication(AsylumApplicationKind.FIRST, TestClock.TODAY.plusDays(1))),
                CommonRejection.DATE_IN_FUTURE);
    }

    @Test
    void givenPendingAsylumApplication_whenRejectedWith28Days_thenDecidedWithTerm() {
        fixture.given(alienRegistered(), asylumApplicationFiled())
                .when(rejectAsylumApplication())
                .expectEvents(asylumApplicationRejected())
                .expectState(a -> {
                    assertThat(a.position().hasPendingApplication()).isFalse();
                    assertThat(a.position().departureTerm()).contains(TERM_28);
                    assertThat(TERM_28.endsOn()).isEqualTo(ASYLUM_DECIDED_ON.plusDays(28));
                });
    }

    @Test
    void givenPendingAsylumApplication_whenGranted_thenDecidedWithoutTerm() {
        fixture.given(alienRegistered(), asylumApplicationFiled())
                .when(decideAsylumApplication(DecisionOutcome.GRANTED, null, ASYLUM_DECIDED_ON))
                .expectEvents(new AsylumApplicationDecided(ALIEN_ID, DecisionOutcome.GRANTED, null, ASYLUM_DECIDED_ON));
    }

    @Test
    void givenPendingAsylumApplication_whenRejectedWithImmediateDeparture_thenDecided() {
        DepartureTerm immediate = new DepartureTerm(0, ASYLUM_DECIDED_ON);
        fixture.given(alienRegistered(), asylumApplicationFiled())
                .when(decideAsylumApplication(DecisionOutcome.REJECTED, immediate, ASYLUM_DECIDED_ON))
                .expectEvents(
                        new AsylumApplicationDecided(ALIEN_ID, DecisionOutcome.REJECTED, immediate, ASYLUM_DECIDED_ON));
    }

    @Test
    void givenNoAsylumApplication_whenDecided_thenRejected() {
        rejected(
                fixture.given(alienRegistered()).when(rejectAsylumApplication()),
                AlienRejection.NO_PENDING_ASYLUM_APPLICATION);
    }

    @Test
    void givenDecidedAsylumApplication_whenDecidedAgain_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), asylumApplicationFiled(), asylumApplicationRejected())
                        .when(rejectAsylumApplication()),
                AlienRejection.NO_PENDING_ASYLUM_APPLICATION);
    }

    @Test
    void givenPendingAsylumApplication_whenTermIs14Days_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), asylumApplicationFiled())
                        .when(decideAsylumApplication(
                                DecisionOutcome.REJECTED, new DepartureTerm(14, ASYLUM_DECIDED_ON), ASYLUM_DECIDED_ON)),
                AlienRejection.INVALID_DEPARTURE_TERM);
    }

    @Test
    void givenPendingAsylumApplication_whenTermStartsBeforeDecision_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), asylumApplicationFiled())
                        .when(decideAsylumApplication(
                                DecisionOutcome.REJECTED,
                                new DepartureTerm(28, ASYLUM_DECIDED_ON.minusDays(1)),
                                ASYLUM_DECIDED_ON)),
                AlienRejection.DEPARTURE_TERM_BEFORE_DECISION);
    }

    @Test
    void givenPendingAsylumApplication_whenTermStartsAfterCourtRuling_thenDecided() {
        DepartureTerm later = new DepartureTerm(28, ASYLUM_DECIDED_ON.plusWeeks(6));
        fixture.given(alienRegistered(), asylumApplicationFiled())
                .when(decideAsylumApplication(DecisionOutcome.REJECTED, later, ASYLUM_DECIDED_ON))
                .expectEvents(
                        new AsylumApplicationDecided(ALIEN_ID, DecisionOutcome.REJECTED, later, ASYLUM_DECIDED_ON));
    }

    @Test
    void givenPendingAsylumApplication_whenRejectedWithoutTerm_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), asylumApplicationFiled())
                        .when(decideAsylumApplication(DecisionOutcome.REJECTED, null, ASYLUM_DECIDED_ON)),
                AlienRejection.REJECTION_NEEDS_DEPARTURE_TERM);
    }

    @Test
    void givenPendingAsylumApplication_whenGrantedWithTerm_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), asylumApplicationFiled())
                        .when(decideAsylumApplication(DecisionOutcome.GRANTED, TERM_28, ASYLUM_DECIDED_ON)),
                AlienRejection.GRANT_HAS_NO_DEPARTURE_TERM);
    }

    @Test
    void givenPendingAsylumApplication_whenDecidedBeforeFiling_thenRejectedAsOutOfOrder() {
        LocalDate before = ASYLUM_FILED_ON.minusDays(1);
        rejected(
                fixture.given(alienRegistered(), asylumApplicationFiled())
                        .when(decideAsylumApplication(DecisionOutcome.REJECTED, new DepartureTerm(28, before), before)),
                CommonRejection.DATES_OUT_OF_ORDER);
    }

    // ---- regular ----

    @Test
    void givenRegistered_whenFileRegularApplication_thenFiledAndPending() {
        fixture.given(alienRegistered())
                .when(fileRegularApplication())
                .expectEvents(regularApplicationFiled())
                .expectState(
                        a -> assertThat(a.position().hasPendingApplication()).isTrue());
    }

    @Test
    void givenRegistered_whenRegularApplicationHasNoPurpose_thenRejectedAsMissingField() {
        rejected(
                fixture.given(alienRegistered()).when(new FileRegularApplication(ALIEN_ID, " ", REGULAR_FILED_ON)),
                CommonRejection.MISSING_REQUIRED_FIELD);
    }

    @Test
    void givenPendingRegularApplication_whenDecided_thenNotPending() {
        fixture.given(alienRegistered(), regularApplicationFiled())
                .when(decideRegularApplication(1))
                .expectEvents(regularApplicationDecided(1))
                .expectState(a -> {
                    assertThat(a.position().hasPendingApplication()).isFalse();
                    assertThat(a.position().hasPendingApplicationOn(REGULAR_FILED_ON))
                            .isTrue();
                });
    }

    @Test
    void givenRegularApplication_whenDecisionNamesAnotherSequence_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), regularApplicationFiled()).when(decideRegularApplication(0)),
                AlienRejection.NO_PENDING_REGULAR_APPLICATION);
    }

    @Test
    void givenDecidedRegularApplication_whenDecidedAgain_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), regularApplicationFiled(), regularApplicationDecided(1))
                        .when(decideRegularApplication(1)),
                AlienRejection.NO_PENDING_REGULAR_APPLICATION);
    }

    @Test
    void givenPendingAsylumApplication_whenDecisionNamesItAsRegular_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), asylumApplicationFiled()).when(decideRegularApplication(1)),
                AlienRejection.NO_PENDING_REGULAR_APPLICATION);
    }

    @Test
    void givenPendingRegularApplication_whenDecidedBeforeFiling_thenRejectedAsOutOfOrder() {
        rejected(
                fixture.given(alienRegistered(), regularApplicationFiled())
                        .when(new DecideRegularApplication(
                                ALIEN_ID, 1, DecisionOutcome.GRANTED, REGULAR_FILED_ON.minusDays(1))),
                CommonRejection.DATES_OUT_OF_ORDER);
    }
}
