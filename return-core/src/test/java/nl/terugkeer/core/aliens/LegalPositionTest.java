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
import nl.terugkeer.core.aliens.events.AlienRegistered;
import nl.terugkeer.core.aliens.events.DepartureDeferralEnded;
import nl.terugkeer.core.aliens.events.DepartureDeferralGranted;
import nl.terugkeer.core.aliens.events.DepartureDeferralRefused;
import nl.terugkeer.core.aliens.events.DepartureDeferralRequested;
import nl.terugkeer.core.aliens.events.EntryBanImposed;
import nl.terugkeer.core.aliens.events.IdentityEstablished;
import nl.terugkeer.core.aliens.events.NationalityEstablished;
import nl.terugkeer.core.aliens.events.ProvisionalDeferralApplied;
import nl.terugkeer.core.aliens.events.ReflectionPeriodGranted;
import nl.terugkeer.core.aliens.events.RegularApplicationDecided;
import nl.terugkeer.core.aliens.events.RegularApplicationFiled;
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
                        LocalDate.of(2027, 11, 15),
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
        assertThat(position.childrenDatesOfBirthEver()).containsExactly(childBorn);
        assertThat(position.familyWithMinorChildrenOn(TestClock.TODAY)).isTrue();
        assertThat(position.familyWithMinorChildrenOn(childBorn.plusYears(18))).isFalse();
        assertThat(position.identityEstablished()).isFalse();
        assertThat(position.nationalityEstablishedOrStateless()).isFalse();
        assertThat(position.hasPendingApplication()).isFalse();
    }

    @Test
    void givenAFamilyWithAPartnerAndAChild_whenAskedForChildren_thenOnlyTheChildCounts() {
        AlienRegistered registered = new AlienRegistered(
                ALIEN_ID,
                null,
                new PersonName("Amal", "Haddad"),
                LocalDate.of(1991, 6, 15),
                "SYR",
                false,
                List.of(
                        new FamilyMember(FamilyMember.Relationship.PARTNER, LocalDate.of(1990, 2, 1)),
                        new FamilyMember(FamilyMember.Relationship.CHILD, LocalDate.of(2019, 1, 10))),
                LocalDate.of(2026, 3, 2));
        LegalPosition position = LegalPosition.of(sequenced(List.of(registered)));
        assertThat(position.childrenDatesOfBirthEver()).containsExactly(LocalDate.of(2019, 1, 10));
        // The child turns 18 on 2037-01-10: a minor on the day before, an adult on the day itself.
        assertThat(position.familyWithMinorChildrenOn(LocalDate.of(2037, 1, 9))).isTrue();
        assertThat(position.familyWithMinorChildrenOn(LocalDate.of(2037, 1, 10)))
                .isFalse();
    }

    @Test
    void givenAnAsylumApplicationFiled5MarchAndDecided4May_whenAskedPerDay_thenPendingFromFilingUntilTheDecision() {
        LegalPosition position = LegalPosition.of(
                sequenced(List.of(alienRegistered(), asylumApplicationFiled(), asylumApplicationRejected())));
        assertThat(position.hasPendingApplicationOn(LocalDate.of(2026, 3, 4))).isFalse();
        assertThat(position.hasPendingApplicationOn(LocalDate.of(2026, 3, 5))).isTrue();
        assertThat(position.hasPendingApplicationOn(LocalDate.of(2026, 5, 3))).isTrue();
        assertThat(position.hasPendingApplicationOn(LocalDate.of(2026, 5, 4))).isFalse();
        assertThat(position.hasPendingApplication()).isFalse();
    }

    @Test
    void givenARegularApplicationFiled1June_whenAskedPerDay_thenPendingFromFiling() {
        LegalPosition position = LegalPosition.of(sequenced(List.of(alienRegistered(), regularApplicationFiled())));
        assertThat(position.hasPendingApplicationOn(LocalDate.of(2026, 5, 31))).isFalse();
        assertThat(position.hasPendingApplicationOn(LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(position.hasPendingApplication()).isTrue();
    }

    @Test
    void givenTwoOpenArt64Requests_whenAskedForTheOpenOne_thenTheLatest() {
        LegalPosition position = LegalPosition.of(sequenced(List.of(
                alienRegistered(),
                new DepartureDeferralRequested(ALIEN_ID, DeferralGround.UNFIT_TO_TRAVEL, LocalDate.of(2026, 6, 15)),
                new DepartureDeferralRequested(ALIEN_ID, DeferralGround.PREGNANCY, LocalDate.of(2026, 6, 20)))));
        assertThat(position.openDeferralRequest())
                .contains(new DeferralRequest(2, DeferralGround.PREGNANCY, LocalDate.of(2026, 6, 20), null));
    }

    @Test
    void givenAProvisionalDeferralThenAGrant_whenAskedOnTheGrantDay_thenTheGrantIsInForce() {
        LegalPosition position = LegalPosition.of(sequenced(List.of(
                alienRegistered(),
                new DepartureDeferralRequested(ALIEN_ID, DeferralGround.UNFIT_TO_TRAVEL, LocalDate.of(2026, 6, 15)),
                new ProvisionalDeferralApplied(ALIEN_ID, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1)),
                new DepartureDeferralGranted(ALIEN_ID, LocalDate.of(2026, 9, 15), LocalDate.of(2027, 9, 15)))));
        Deferral grant =
                new Deferral(3, DeferralKind.GRANTED, 1, LocalDate.of(2026, 9, 15), LocalDate.of(2027, 9, 15), null);
        // The provisional deferral's last day is the grant's first: both are in force on 2026-09-15.
        assertThat(position.deferralInForceOn(LocalDate.of(2026, 9, 15))).contains(grant);
        assertThat(position.deferralInForceOn(LocalDate.of(2026, 9, 14)))
                .map(Deferral::kind)
                .contains(DeferralKind.PROVISIONAL);
        assertThat(position.deferralInForceOn(LocalDate.of(2026, 6, 30))).isEmpty();
        assertThat(position.deferralInForceOn(LocalDate.of(2027, 9, 15))).contains(grant);
        assertThat(position.deferralInForceOn(LocalDate.of(2027, 9, 16))).isEmpty();
    }

    @Test
    void givenTwoOpenRequests_whenADeferralIsApplied_thenItNamesTheLatestRequest() {
        LegalPosition position = LegalPosition.of(sequenced(List.of(
                alienRegistered(),
                new DepartureDeferralRequested(ALIEN_ID, DeferralGround.UNFIT_TO_TRAVEL, LocalDate.of(2026, 6, 15)),
                new DepartureDeferralRequested(ALIEN_ID, DeferralGround.PREGNANCY, LocalDate.of(2026, 6, 20)),
                new ProvisionalDeferralApplied(ALIEN_ID, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1)))));
        assertThat(position.deferrals())
                .containsExactly(new Deferral(
                        3, DeferralKind.PROVISIONAL, 2, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1), null));
    }

    @Test
    void givenADeferralWithoutAnOpenRequest_whenFolded_thenItNamesNoRequest() {
        LegalPosition position = LegalPosition.of(sequenced(List.of(
                alienRegistered(),
                new DepartureDeferralRequested(ALIEN_ID, DeferralGround.UNFIT_TO_TRAVEL, LocalDate.of(2026, 6, 15)),
                new DepartureDeferralRefused(ALIEN_ID, LocalDate.of(2026, 6, 20)),
                new ProvisionalDeferralApplied(ALIEN_ID, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1)))));
        assertThat(position.deferrals())
                .containsExactly(new Deferral(
                        3, DeferralKind.PROVISIONAL, -1, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1), null));
    }

    @Test
    void givenTwoPermits_whenAskedPerDay_thenValidFromItsFirstThroughItsLastDayAndTheLatestWins() {
        ResidencePermitGranted regular = new ResidencePermitGranted(
                ALIEN_ID,
                PermitKind.REGULAR,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2026, 1, 1));
        ResidencePermitGranted buitenschuld = new ResidencePermitGranted(
                ALIEN_ID,
                PermitKind.BUITENSCHULD,
                LocalDate.of(2026, 11, 16),
                LocalDate.of(2027, 11, 15),
                LocalDate.of(2026, 11, 16));
        LegalPosition position = LegalPosition.of(sequenced(List.of(alienRegistered(), regular, buitenschuld)));
        assertThat(position.permitValidOn(LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(position.permitValidOn(LocalDate.of(2026, 1, 1))).contains(regular);
        assertThat(position.permitValidOn(LocalDate.of(2026, 11, 16))).contains(buitenschuld);
        assertThat(position.permitValidOn(LocalDate.of(2027, 11, 15)))
                .as("its last day")
                .contains(buitenschuld);
        assertThat(position.permitValidOn(LocalDate.of(2027, 11, 16))).isEmpty();
    }

    @Test
    void givenDecisionsRefusalsAndEnds_whenAskedWhatIsReliedOn_thenEachEntryALaterOneBuildsOn() {
        LegalPosition position = LegalPosition.of(sequenced(List.of(
                alienRegistered(), // 0
                asylumApplicationFiled(), // 1: decided by 2
                asylumApplicationRejected(), // 2
                regularApplicationFiled(), // 3: pending
                new RegularApplicationFiled(ALIEN_ID, "work", LocalDate.of(2026, 6, 2)), // 4: decided by 5
                new RegularApplicationDecided(ALIEN_ID, 4, DecisionOutcome.REJECTED, LocalDate.of(2026, 8, 3)), // 5
                new DepartureDeferralRequested(ALIEN_ID, DeferralGround.UNFIT_TO_TRAVEL, LocalDate.of(2026, 6, 15)),
                new DepartureDeferralRefused(ALIEN_ID, LocalDate.of(2026, 6, 20)), // 7: refuses 6
                new DepartureDeferralRequested(ALIEN_ID, DeferralGround.PREGNANCY, LocalDate.of(2026, 7, 1)), // 8
                new ProvisionalDeferralApplied(ALIEN_ID, LocalDate.of(2026, 7, 2), LocalDate.of(2026, 10, 2)), // 9
                new DepartureDeferralEnded(ALIEN_ID, LocalDate.of(2026, 8, 1)), // 10: ends 9
                new DepartureDeferralRequested(ALIEN_ID, DeferralGround.PREGNANCY, LocalDate.of(2026, 9, 1)), // 11
                new ProvisionalDeferralApplied(ALIEN_ID, LocalDate.of(2026, 9, 2), LocalDate.of(2026, 12, 2))))); // 12
        assertThat(position.reliedOn(1)).as("decided asylum application").isTrue();
        assertThat(position.reliedOn(2)).as("the decision").isFalse();
        assertThat(position.reliedOn(3)).as("pending regular application").isFalse();
        assertThat(position.reliedOn(4)).as("decided regular application").isTrue();
        assertThat(position.reliedOn(6)).as("refused request").isTrue();
        assertThat(position.reliedOn(8)).as("request that led to a deferral").isTrue();
        assertThat(position.reliedOn(9)).as("ended deferral").isTrue();
        assertThat(position.reliedOn(11)).as("request of the deferral in force").isTrue();
        assertThat(position.reliedOn(12)).as("deferral in force").isFalse();
    }

    @Test
    void givenAFreshPosition_whenNothingHappened_thenNothingIsKnown() {
        LegalPosition position = LegalPosition.initial();
        assertThat(position.alienId()).isNull();
        assertThat(position.dateOfBirth()).isNull();
        assertThat(position.unaccompaniedMinor()).isFalse();
        assertThat(position.stateless()).isFalse();
        assertThat(position.entryBanImposed()).isFalse();
        assertThat(position.openDeferralRequest()).isEmpty();
        assertThat(position.childrenDatesOfBirthEver()).isEmpty();
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
