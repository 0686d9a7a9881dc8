package nl.terugkeer.core.aliens;

import static nl.terugkeer.core.testdata.AlienSamples.ALIEN_ID;
import static nl.terugkeer.core.testdata.AlienSamples.alienRegistered;
import static nl.terugkeer.core.testdata.AlienSamples.asylumApplicationFiled;
import static nl.terugkeer.core.testdata.AlienSamples.asylumApplicationRejected;
import static nl.terugkeer.core.testdata.AlienSamples.correctAlienEntry;
import static nl.terugkeer.core.testdata.AlienSamples.identityEstablished;
import static nl.terugkeer.core.testdata.AlienSamples.nationalityEstablished;
import static nl.terugkeer.core.testdata.AlienSamples.regularApplicationFiled;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import nl.terugkeer.core.aliens.events.AlienEntryCorrected;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.aliens.events.EntryBanImposed;
import nl.terugkeer.core.aliens.events.IdentityEstablished;
import nl.terugkeer.core.aliens.events.NationalityEstablished;
import nl.terugkeer.core.aliens.events.ReflectionPeriodGranted;
import nl.terugkeer.core.aliens.events.ResidencePermitGranted;
import nl.terugkeer.core.aliens.events.ResidencePermitRefused;
import nl.terugkeer.core.aliens.events.StatelessnessEstablished;
import nl.terugkeer.core.testdata.AlienSamples;
import nl.terugkeer.core.testdata.TestClock;
import org.junit.jupiter.api.Test;

class LegalPositionTest extends AlienFixtureSupport {

    private static List<SequencedAlienEvent> sequenced(List<AlienEvent> events) {
        return IntStream.range(0, events.size())
                .mapToObj(i -> new SequencedAlienEvent(i, events.get(i)))
                .toList();
    }

    @Test
    void givenTheSealedAlienEvent_whenListingSamples_thenEveryPermittedSubclassHasOne() {
        List<Class<?>> sampled = AlienSamples.everyEventType().stream()
                .<Class<?>>map(Object::getClass)
                .toList();
        assertThat(sampled).containsExactlyInAnyOrder(AlienEvent.class.getPermittedSubclasses());
    }

    @Test
    void givenEverySample_whenAskedForItsBusinessDate_thenItIsNotAfterToday() {
        assertThat(AlienSamples.everyEventType())
                .allSatisfy(e -> assertThat(e.businessDate()).isNotNull().isBeforeOrEqualTo(TestClock.TODAY));
    }

    @Test
    void givenEveryEventTypeInSampleOrder_whenFolded_thenEachFieldHoldsWhatRemains() {
        List<SequencedAlienEvent> history = sequenced(AlienSamples.everyEventType());
        LegalPosition position = LegalPosition.of(history);

        assertThat(position.history()).isEqualTo(history);
        // The last sample corrects sequence 1, the identity.
        assertThat(position.correctedSequences()).containsExactly(1L);
        assertThat(position.alienId()).isEqualTo(AlienSamples.ALIEN_ID);
        assertThat(position.identity()).isEmpty();
        assertThat(position.identityEstablished()).isFalse();
        assertThat(position.nationality())
                .contains(new NationalityEstablished(ALIEN_ID, "SYR", LocalDate.of(2026, 3, 23)));
        assertThat(position.establishedNationality()).contains("SYR");
        assertThat(position.statelessness())
                .contains(new StatelessnessEstablished(ALIEN_ID, LocalDate.of(2026, 3, 23)));
        assertThat(position.stateless()).isTrue();
        assertThat(position.asylumApplications())
                .containsExactly(new AsylumApplication(
                        4,
                        AsylumApplicationKind.FIRST,
                        LocalDate.of(2026, 3, 5),
                        DecisionOutcome.REJECTED,
                        LocalDate.of(2026, 5, 4),
                        new DepartureTerm(28, LocalDate.of(2026, 5, 4))));
        assertThat(position.regularApplications())
                .containsExactly(new RegularApplication(
                        6,
                        "medical treatment",
                        LocalDate.of(2026, 6, 1),
                        DecisionOutcome.REJECTED,
                        LocalDate.of(2026, 8, 3)));
        // Refused on 2026-07-20 (the refusal sample follows the grant in the list, and closes the open request).
        assertThat(position.deferralRequests())
                .containsExactly(new DeferralRequest(
                        8, DeferralGround.UNFIT_TO_TRAVEL, LocalDate.of(2026, 6, 15), LocalDate.of(2026, 7, 20)));
        // The grant supersedes the provisional deferral on its first day; the end ends the grant.
        assertThat(position.deferrals())
                .containsExactly(
                        new Deferral(
                                9,
                                DeferralKind.PROVISIONAL,
                                8,
                                LocalDate.of(2026, 7, 1),
                                LocalDate.of(2026, 10, 1),
                                LocalDate.of(2026, 9, 15)),
                        new Deferral(
                                10,
                                DeferralKind.GRANTED,
                                8,
                                LocalDate.of(2026, 9, 15),
                                LocalDate.of(2027, 9, 15),
                                LocalDate.of(2026, 11, 2)));
        assertThat(position.permits())
                .containsExactly(new ResidencePermitGranted(
                        ALIEN_ID,
                        PermitKind.BUITENSCHULD,
                        LocalDate.of(2026, 11, 16),
                        LocalDate.of(2027, 11, 16),
                        LocalDate.of(2026, 11, 16)));
        assertThat(position.permitRefusals())
                .containsExactly(new ResidencePermitRefused(ALIEN_ID, PermitKind.REGULAR, LocalDate.of(2026, 8, 3)));
        assertThat(position.entryBans()).containsExactly(new EntryBanImposed(ALIEN_ID, 2, LocalDate.of(2026, 5, 20)));
        assertThat(position.entryBanImposed()).isTrue();
        assertThat(position.reflectionPeriod())
                .contains(new ReflectionPeriodGranted(ALIEN_ID, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1)));
    }

    @Test
    void givenARejectionThatIsCorrected_whenFolded_thenTheApplicationIsPendingAgain() {
        fixture.given(
                        alienRegistered(),
                        identityEstablished(),
                        asylumApplicationFiled(),
                        asylumApplicationRejected(),
                        regularApplicationFiled())
                .when(correctAlienEntry(3))
                .expectState(aggregate -> {
                    LegalPosition position = aggregate.position();
                    assertThat(position.history()).hasSize(6);
                    assertThat(position.history().get(5).event())
                            .isEqualTo(new AlienEntryCorrected(
                                    ALIEN_ID,
                                    3,
                                    "AsylumApplicationDecided",
                                    "recorded on the wrong person",
                                    LocalDate.of(2026, 11, 25)));
                    assertThat(position.correctedSequences()).containsExactly(3L);
                    assertThat(position.identity())
                            .contains(new IdentityEstablished(ALIEN_ID, LocalDate.of(2026, 3, 16)));
                    assertThat(position.asylumApplications())
                            .containsExactly(new AsylumApplication(
                                    2, AsylumApplicationKind.FIRST, LocalDate.of(2026, 3, 5), null, null, null));
                    assertThat(position.pendingAsylumApplication())
                            .map(AsylumApplication::sequence)
                            .contains(2L);
                    assertThat(position.departureTerm()).isEmpty();
                    assertThat(position.regularApplications())
                            .containsExactly(new RegularApplication(
                                    4, "medical treatment", LocalDate.of(2026, 6, 1), null, null));
                    assertThat(position.hasPendingApplication()).isTrue();
                    assertThat(position.effectiveHistory())
                            .extracting(SequencedAlienEvent::sequence)
                            .containsExactly(0L, 1L, 2L, 4L);
                });
    }

    @Test
    void givenAnEstablishedNationality_whenItsEntryIsCorrected_thenNoNationalityAndTheIdentityStays() {
        fixture.given(alienRegistered(), identityEstablished(), nationalityEstablished())
                .when(correctAlienEntry(2))
                .expectState(aggregate -> {
                    LegalPosition position = aggregate.position();
                    assertThat(position.history()).hasSize(4);
                    assertThat(position.correctedSequences()).containsExactly(2L);
                    assertThat(position.nationality()).isEmpty();
                    assertThat(position.establishedNationality()).isEmpty();
                    assertThat(position.nationalityEstablishedOrStateless()).isFalse();
                    assertThat(position.identity())
                            .contains(new IdentityEstablished(ALIEN_ID, LocalDate.of(2026, 3, 16)));
                    assertThat(position.dateOfBirth()).isEqualTo(LocalDate.of(1991, 6, 15));
                    assertThat(position.effectiveHistory())
                            .extracting(SequencedAlienEvent::sequence)
                            .containsExactly(0L, 1L);
                });
    }

    @Test
    void givenARegisteredFamily_whenAskedForThePersonFacts_thenTheyFollowTheRegistration() {
        LegalPosition position = LegalPosition.of(sequenced(List.of(alienRegistered())));
        LocalDate childBorn = LocalDate.of(2019, 1, 10);
        assertThat(position.dateOfBirth()).isEqualTo(LocalDate.of(1991, 6, 15));
        assertThat(position.unaccompaniedMinor()).isFalse();
        assertThat(position.childrenDatesOfBirth()).containsExactly(childBorn);
        assertThat(position.familyWithMinorChildrenOn(TestClock.TODAY)).isTrue();
        assertThat(position.familyWithMinorChildrenOn(childBorn.plusYears(18))).isFalse();
        assertThat(position.identityEstablished()).isFalse();
        assertThat(position.nationalityEstablishedOrStateless()).isFalse();
        assertThat(position.hasPendingApplication()).isFalse();
    }

    @Test
    void givenAFreshPosition_whenNothingHappened_thenNothingIsKnown() {
        LegalPosition position = LegalPosition.initial();
        assertThat(position.alienId()).isNull();
        assertThat(position.childrenDatesOfBirth()).isEmpty();
        assertThat(position.hasPendingApplication()).isFalse();
        assertThat(position.deferralInForceOn(TestClock.TODAY)).isEmpty();
        assertThat(position.permitValidOn(TestClock.TODAY)).isEmpty();
    }
}
