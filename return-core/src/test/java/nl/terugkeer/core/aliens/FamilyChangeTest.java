package nl.terugkeer.core.aliens;

import static nl.terugkeer.core.testdata.AlienSamples.ALIEN_ID;
import static nl.terugkeer.core.testdata.AlienSamples.alienEntryCorrected;
import static nl.terugkeer.core.testdata.AlienSamples.alienRegistered;
import static nl.terugkeer.core.testdata.AlienSamples.childBorn;
import static nl.terugkeer.core.testdata.AlienSamples.correctAlienEntry;
import static nl.terugkeer.core.testdata.AlienSamples.familyMemberJoined;
import static nl.terugkeer.core.testdata.AlienSamples.familyMemberLeft;
import static nl.terugkeer.core.testdata.AlienSamples.recordBirth;
import static nl.terugkeer.core.testdata.AlienSamples.recordFamilyMemberJoining;
import static nl.terugkeer.core.testdata.AlienSamples.recordFamilyMemberLeaving;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import nl.terugkeer.core.aliens.FamilyMember.Relationship;
import nl.terugkeer.core.aliens.commands.RecordFamilyMemberJoining;
import nl.terugkeer.core.aliens.commands.RecordFamilyMemberLeaving;
import nl.terugkeer.core.aliens.events.FamilyMemberLeft;
import nl.terugkeer.core.shared.CommonRejection;
import nl.terugkeer.core.testdata.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Family changes after the registration: a child born or a member joining, a member leaving; the registration
 * (sequence 0) lists one child born 2019-01-10 at position 1.
 */
class FamilyChangeTest extends AlienFixtureSupport {

    private static final LocalDate REGISTERED_CHILD = LocalDate.of(2019, 1, 10);
    private static final LocalDate BABY = LocalDate.of(2026, 8, 14);

    // ---- joining ----

    @Test
    void givenRegisteredFamily_whenAChildIsBorn_thenRecordedAndTheYoungestMinorChildIsTheBabyFromItsBirth() {
        fixture.given(alienRegistered())
                .when(recordBirth())
                .expectEvents(childBorn())
                .expectState(a -> {
                    assertThat(a.position().youngestMinorChildOn(LocalDate.of(2026, 8, 13)))
                            .contains(REGISTERED_CHILD);
                    assertThat(a.position().youngestMinorChildOn(BABY)).contains(BABY);
                    assertThat(a.position().youngestMinorChildOn(TestClock.TODAY))
                            .contains(BABY);
                    assertThat(a.position().familyMember(1, 1).orElseThrow().joinKind())
                            .isEqualTo(FamilyJoinKind.BORN);
                });
    }

    @Test
    void givenRegisteredFamily_whenABirthIsRecordedForToday_thenRecorded() {
        RecordFamilyMemberJoining today =
                recordFamilyMemberJoining(Relationship.CHILD, TestClock.TODAY, FamilyJoinKind.BORN, TestClock.TODAY);
        fixture.given(alienRegistered()).when(today).expectEvents(familyMemberJoined(today));
    }

    @Test
    void givenRegisteredFamily_whenABirthIsRecordedForTomorrow_thenRejectedInTheFuture() {
        LocalDate tomorrow = TestClock.TODAY.plusDays(1);
        rejected(
                fixture.given(alienRegistered())
                        .when(recordFamilyMemberJoining(Relationship.CHILD, tomorrow, FamilyJoinKind.BORN, tomorrow)),
                CommonRejection.DATE_IN_FUTURE);
    }

    @Test
    void givenRegisteredFamily_whenBornTheDayAfterJoining_thenRejectedBornAfterJoining() {
        rejected(
                fixture.given(alienRegistered())
                        .when(recordFamilyMemberJoining(
                                Relationship.CHILD, LocalDate.of(2026, 8, 15), FamilyJoinKind.BORN, BABY)),
                AlienRejection.FAMILY_MEMBER_BORN_AFTER_JOINING);
    }

    @Test
    void givenRegisteredFamily_whenABirthOfAPartnerIsRecorded_thenRejectedBirthIsOfAChild() {
        rejected(
                fixture.given(alienRegistered())
                        .when(recordFamilyMemberJoining(Relationship.PARTNER, BABY, FamilyJoinKind.BORN, BABY)),
                AlienRejection.BIRTH_IS_OF_A_CHILD);
    }

    @Test
    void givenRegisteredFamily_whenAJoiningWithoutDateOfBirth_thenRejectedMissingField() {
        rejected(
                fixture.given(alienRegistered())
                        .when(new RecordFamilyMemberJoining(
                                ALIEN_ID, Relationship.CHILD, null, FamilyJoinKind.JOINED, BABY)),
                CommonRejection.MISSING_REQUIRED_FIELD);
    }

    @Test
    void givenRegisteredFamily_whenAYoungerChildJoinsOn1April_thenItCountsFrom1April() {
        RecordFamilyMemberJoining joins = recordFamilyMemberJoining(
                Relationship.CHILD, LocalDate.of(2020, 2, 2), FamilyJoinKind.JOINED, LocalDate.of(2026, 4, 1));
        fixture.given(alienRegistered())
                .when(joins)
                .expectEvents(familyMemberJoined(joins))
                .expectState(a -> {
                    assertThat(a.position().youngestMinorChildOn(LocalDate.of(2026, 3, 31)))
                            .contains(REGISTERED_CHILD);
                    assertThat(a.position().youngestMinorChildOn(LocalDate.of(2026, 4, 1)))
                            .contains(LocalDate.of(2020, 2, 2));
                });
    }

    @Test
    void givenRegisteredFamily_whenAPartnerJoins_thenRecordedButNoChildCounts() {
        RecordFamilyMemberJoining partner = recordFamilyMemberJoining(
                Relationship.PARTNER, LocalDate.of(1993, 3, 3), FamilyJoinKind.JOINED, LocalDate.of(2026, 5, 5));
        fixture.given(alienRegistered())
                .when(partner)
                .expectEvents(familyMemberJoined(partner))
                .expectState(a -> {
                    assertThat(a.position().familyMembersPresentOn(TestClock.TODAY))
                            .hasSize(2);
                    assertThat(a.position().childrenDatesOfBirthEver()).containsExactly(REGISTERED_CHILD);
                    assertThat(a.position().youngestMinorChildOn(TestClock.TODAY))
                            .contains(REGISTERED_CHILD);
                });
    }

    // ---- leaving ----

    @Test
    void givenTheRegisteredChild_whenItMovesOutOn1October_thenItCountsUntil30September() {
        fixture.given(alienRegistered())
                .when(recordFamilyMemberLeaving(0, 1))
                .expectEvents(familyMemberLeft(0, 1))
                .expectState(a -> {
                    assertThat(a.position().youngestMinorChildOn(LocalDate.of(2026, 9, 30)))
                            .contains(REGISTERED_CHILD);
                    assertThat(a.position().youngestMinorChildOn(LocalDate.of(2026, 10, 1)))
                            .isEmpty();
                    assertThat(a.position().familyWithMinorChildrenOn(LocalDate.of(2026, 10, 1)))
                            .isFalse();
                    assertThat(a.position().childrenDatesOfBirthEver()).containsExactly(REGISTERED_CHILD);
                });
    }

    @Test
    void givenABabyBorn_whenItLeavesWithoutAPosition_thenPosition1OfItsEntryIsMeant() {
        fixture.given(alienRegistered(), childBorn())
                .when(new RecordFamilyMemberLeaving(
                        ALIEN_ID, 1, null, FamilyLeaveReason.DIED, LocalDate.of(2026, 10, 1)))
                .expectEvents(new FamilyMemberLeft(ALIEN_ID, 1, 1, FamilyLeaveReason.DIED, LocalDate.of(2026, 10, 1)))
                .expectState(a -> assertThat(a.position().youngestMinorChildOn(LocalDate.of(2026, 10, 1)))
                        .contains(REGISTERED_CHILD));
    }

    @Test
    void givenABabyBornOn14August_whenItLeavesOn14August_thenRecorded() {
        RecordFamilyMemberLeaving sameDay = new RecordFamilyMemberLeaving(ALIEN_ID, 1, 1, FamilyLeaveReason.DIED, BABY);
        fixture.given(alienRegistered(), childBorn())
                .when(sameDay)
                .expectEvents(new FamilyMemberLeft(ALIEN_ID, 1, 1, FamilyLeaveReason.DIED, BABY));
    }

    @Test
    void givenABabyBornOn14August_whenItLeavesOn13August_thenRejectedNotPresent() {
        rejected(
                fixture.given(alienRegistered(), childBorn())
                        .when(new RecordFamilyMemberLeaving(
                                ALIEN_ID, 1, 1, FamilyLeaveReason.DEPARTED, LocalDate.of(2026, 8, 13))),
                AlienRejection.FAMILY_MEMBER_NOT_PRESENT);
    }

    @Test
    void givenAMemberWhoLeft_whenLeavingAgain_thenRejectedNotPresent() {
        rejected(
                fixture.given(alienRegistered(), familyMemberLeft(0, 1)).when(recordFamilyMemberLeaving(0, 1)),
                AlienRejection.FAMILY_MEMBER_NOT_PRESENT);
    }

    @Test
    void givenRegisteredFamily_whenAnUnlistedPositionLeaves_thenRejectedUnknownMember() {
        rejected(
                fixture.given(alienRegistered()).when(recordFamilyMemberLeaving(0, 2)),
                AlienRejection.FAMILY_MEMBER_UNKNOWN);
    }

    @Test
    void givenRegisteredFamily_whenAnEntryThatIsNoJoiningLeaves_thenRejectedUnknownMember() {
        rejected(
                fixture.given(alienRegistered(), childBorn()).when(recordFamilyMemberLeaving(5, 1)),
                AlienRejection.FAMILY_MEMBER_UNKNOWN);
    }

    @Test
    void givenRegisteredFamily_whenALeavingIsDatedTomorrow_thenRejectedInTheFuture() {
        rejected(
                fixture.given(alienRegistered())
                        .when(new RecordFamilyMemberLeaving(
                                ALIEN_ID, 0, 1, FamilyLeaveReason.DEPARTED, TestClock.TODAY.plusDays(1))),
                CommonRejection.DATE_IN_FUTURE);
    }

    @Test
    void givenRegisteredFamily_whenALeavingHasNoReason_thenRejectedMissingField() {
        rejected(
                fixture.given(alienRegistered())
                        .when(new RecordFamilyMemberLeaving(ALIEN_ID, 0, 1, null, LocalDate.of(2026, 10, 1))),
                CommonRejection.MISSING_REQUIRED_FIELD);
    }

    // ---- corrections withdraw joinings and leavings ----

    @Test
    void givenABabyBorn_whenTheBirthIsCorrected_thenTheRegisteredChildIsTheYoungestAgain() {
        fixture.given(alienRegistered(), childBorn())
                .when(correctAlienEntry(1))
                .expectEvents(alienEntryCorrected(1, "FamilyMemberJoined"))
                .expectState(a -> {
                    assertThat(a.position().youngestMinorChildOn(TestClock.TODAY))
                            .contains(REGISTERED_CHILD);
                    assertThat(a.position().familyMember(1, 1)).isEmpty();
                });
    }

    @Test
    void givenABabyBornWhoLeft_whenTheBirthIsCorrected_thenRejectedReliedOn() {
        rejected(
                fixture.given(alienRegistered(), childBorn(), familyMemberLeft(1, 1))
                        .when(correctAlienEntry(1)),
                AlienRejection.ENTRY_RELIED_ON);
    }

    @Test
    void givenARegisteredChildWhoLeft_whenTheLeavingIsCorrected_thenTheChildCountsAgain() {
        fixture.given(alienRegistered(), familyMemberLeft(0, 1))
                .when(correctAlienEntry(1))
                .expectEvents(alienEntryCorrected(1, "FamilyMemberLeft"))
                .expectState(a -> {
                    assertThat(a.position().youngestMinorChildOn(TestClock.TODAY))
                            .contains(REGISTERED_CHILD);
                    assertThat(a.position().familyMember(0, 1).map(FamilyMembership::leftOn))
                            .isEqualTo(Optional.empty());
                });
    }

    @Test
    void givenACorrectedBirth_whenTheMemberLeaves_thenRejectedUnknownMember() {
        rejected(
                fixture.given(alienRegistered(), childBorn(), alienEntryCorrected(1, "FamilyMemberJoined"))
                        .when(recordFamilyMemberLeaving(1, 1)),
                AlienRejection.FAMILY_MEMBER_UNKNOWN);
    }
}
