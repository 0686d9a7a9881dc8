package nl.terugkeer.core.aliens;

import static nl.terugkeer.core.testdata.AlienSamples.alienEntryCorrected;
import static nl.terugkeer.core.testdata.AlienSamples.alienRegistered;
import static nl.terugkeer.core.testdata.AlienSamples.asylumApplicationFiled;
import static nl.terugkeer.core.testdata.AlienSamples.asylumApplicationRejected;
import static nl.terugkeer.core.testdata.AlienSamples.correctAlienEntry;
import static nl.terugkeer.core.testdata.AlienSamples.identityEstablished;
import static nl.terugkeer.core.testdata.AlienSamples.nationalityEstablished;
import static nl.terugkeer.core.testdata.AlienSamples.regularApplicationFiled;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.aliens.events.AlienRegistered;
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
    void givenEveryEventType_whenFolded_thenTheSwitchHandlesEachAndKeepsTheHistory() {
        List<SequencedAlienEvent> history = sequenced(AlienSamples.everyEventType());
        LegalPosition position = LegalPosition.of(history);
        assertThat(position.history()).isEqualTo(history);
        assertThat(position.alienId()).isEqualTo(AlienSamples.ALIEN_ID);
        assertThat(position.correctedSequences()).containsExactly(1L);
        assertThat(position.identityEstablished()).isFalse();
    }

    @Test
    void givenARejectionThatIsCorrected_whenFoldedPurely_thenTheFoldEqualsTheAggregate() {
        List<AlienEvent> given = List.of(
                alienRegistered(),
                identityEstablished(),
                asylumApplicationFiled(),
                asylumApplicationRejected(),
                regularApplicationFiled());
        fixture.given(given.toArray()).when(correctAlienEntry(3)).expectState(aggregate -> {
            List<AlienEvent> all = new ArrayList<>(given);
            all.add(alienEntryCorrected(3, "AsylumApplicationDecided"));
            LegalPosition folded = LegalPosition.of(sequenced(all));
            assertThat(aggregate.position()).isEqualTo(folded);
            assertThat(folded.pendingAsylumApplication()).isPresent();
            assertThat(folded.effectiveHistory())
                    .extracting(SequencedAlienEvent::sequence)
                    .containsExactly(0L, 1L, 2L, 4L);
        });
    }

    @Test
    void givenAnEventSourcedAlien_whenReplayed_thenTheSingleSealedHandlerFoldsEveryEvent() {
        fixture.given(alienRegistered(), identityEstablished(), nationalityEstablished())
                .when(correctAlienEntry(2))
                .expectState(a -> assertThat(a.position())
                        .isEqualTo(LegalPosition.of(sequenced(List.of(
                                alienRegistered(),
                                identityEstablished(),
                                nationalityEstablished(),
                                alienEntryCorrected(2, "NationalityEstablished"))))));
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

    @Test
    void givenAChildBorn2019_whenAskedOnTheDayBeforeAndOnIts18thBirthday_thenMinorUntilTheDayBefore() {
        LegalPosition position = LegalPosition.of(sequenced(List.of(alienRegistered())));
        assertThat(position.youngestMinorChildOn(LocalDate.of(2037, 1, 9))).contains(LocalDate.of(2019, 1, 10));
        assertThat(position.youngestMinorChildOn(LocalDate.of(2037, 1, 10))).isEmpty();
        assertThat(position.familyWithMinorChildrenOn(LocalDate.of(2037, 1, 10)))
                .isFalse();
    }

    @Test
    void givenAChildBornAndAChildWhoLeft_whenAskedForEveryChildAndTheChangeDays_thenBothAreListed() {
        LegalPosition position = LegalPosition.of(
                sequenced(List.of(alienRegistered(), AlienSamples.childBorn(), AlienSamples.familyMemberLeft(0, 1))));
        assertThat(position.childrenDatesOfBirthEver())
                .containsExactly(LocalDate.of(2019, 1, 10), LocalDate.of(2026, 8, 14));
        assertThat(position.childrenDatesOfBirth()).isEqualTo(position.childrenDatesOfBirthEver());
        assertThat(position.familyChangeDates()).containsExactly(LocalDate.of(2026, 8, 14), LocalDate.of(2026, 10, 1));
        assertThat(position.familyMembersPresentOn(LocalDate.of(2026, 10, 1)))
                .extracting(FamilyMembership::dateOfBirth)
                .containsExactly(LocalDate.of(2026, 8, 14));
        assertThat(position.youngestMinorChildOn(LocalDate.of(2026, 8, 13))).contains(LocalDate.of(2019, 1, 10));
        assertThat(position.youngestMinorChildOn(LocalDate.of(2026, 10, 1))).contains(LocalDate.of(2026, 8, 14));
    }

    @Test
    void givenAChildListedAtRegistrationButBornLater_whenAskedBeforeItsBirth_thenItDoesNotCount() {
        AlienRegistered registered = alienRegistered();
        AlienRegistered unborn = new AlienRegistered(
                registered.alienId(),
                registered.vNumber(),
                registered.name(),
                registered.dateOfBirth(),
                registered.claimedNationality(),
                false,
                List.of(new FamilyMember(FamilyMember.Relationship.CHILD, LocalDate.of(2026, 5, 1))),
                registered.registeredOn());
        LegalPosition position = LegalPosition.of(sequenced(List.of(unborn)));
        assertThat(position.youngestMinorChildOn(LocalDate.of(2026, 4, 30))).isEmpty();
        assertThat(position.youngestMinorChildOn(LocalDate.of(2026, 5, 1))).contains(LocalDate.of(2026, 5, 1));
    }
}
