package nl.terugkeer.core.cases;

import static nl.terugkeer.core.testdata.CaseSamples.CASE_ID;
import static nl.terugkeer.core.testdata.CaseSamples.DETENTION_ORDERED_ON;
import static nl.terugkeer.core.testdata.CaseSamples.FAMILY_WITH_MINOR_CHILDREN;
import static nl.terugkeer.core.testdata.CaseSamples.SIGNALLED_ON;
import static nl.terugkeer.core.testdata.CaseSamples.detentionExtended;
import static nl.terugkeer.core.testdata.CaseSamples.detentionLifted;
import static nl.terugkeer.core.testdata.CaseSamples.detentionOrdered;
import static nl.terugkeer.core.testdata.CaseSamples.extendDetention;
import static nl.terugkeer.core.testdata.CaseSamples.liftDetention;
import static nl.terugkeer.core.testdata.CaseSamples.orderDetention;
import static nl.terugkeer.core.testdata.CaseSamples.placedInVbl;
import static nl.terugkeer.core.testdata.CaseSamples.returnProspectRecorded;
import static nl.terugkeer.core.testdata.CaseSamples.returnSignalled;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.terugkeer.core.cases.commands.ExtendDetention;
import nl.terugkeer.core.cases.commands.OrderDetention;
import nl.terugkeer.core.cases.events.DetentionExtended;
import nl.terugkeer.core.cases.events.DetentionLifted;
import nl.terugkeer.core.cases.events.DetentionOrdered;
import nl.terugkeer.core.cases.events.ReturnSignalled;
import nl.terugkeer.core.shared.CommonRejection;
import nl.terugkeer.core.testdata.AlienSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Detention per ground (Vw 59, 59a, 59b) with literal first and last days. The order date is day 1: a detention
 * ordered on 2026-01-01 for 4 weeks lasts up to and including 2026-01-28, for 6 months up to and including
 * 2026-06-30; an extension starts the day after the first term and is counted the same way (ADR 17).
 */
class DetentionTest extends CaseFixtureSupport {

    private static final LocalDate ORDERED = LocalDate.of(2026, 1, 1);
    private static final LocalDate EXTENDED_ON = LocalDate.of(2026, 1, 8);

    /** A case signalled before the detentions of these tests, so their extensions may be recorded early in 2026. */
    private static final ReturnSignalled SIGNALLED_IN_2025 = new ReturnSignalled(
            CASE_ID, AlienSamples.ALIEN_ID, SignalSource.IND, null, "dossier handed over", LocalDate.of(2025, 12, 15));

    private static OrderDetention order(DetentionGround ground, boolean article39, LocalDate maximumEndOn) {
        return orderDetention(ground, article39, ORDERED, maximumEndOn);
    }

    private static DetentionOrdered ordered(DetentionGround ground, boolean article39, LocalDate maximumEndOn) {
        return detentionOrdered(order(ground, article39, maximumEndOn));
    }

    private static ExtendDetention extend(DetentionExtensionReason reason, LocalDate until) {
        return new ExtendDetention(CASE_ID, reason, until, EXTENDED_ON);
    }

    private static DetentionExtensionReason reason(String name) {
        return name == null ? null : DetentionExtensionReason.valueOf(name);
    }

    // ground, art. 39 applies, last day of the first term, last day with every extension, the extension's reason
    private static final String CAPS = """
            ART_59_1_A,  false, 2026-06-30, 2027-06-30, NON_COOPERATION
            ART_59_1_A,  false, 2026-06-30, 2027-06-30, MISSING_DOCUMENTS
            ART_59_1_B,  false, 2026-01-28, 2026-01-28,
            ART_59_1_B,  true,  2026-02-11, 2026-02-11,
            ART_59A,     false, 2026-02-11, 2026-02-11,
            ART_59B_1_A, false, 2026-01-28, 2026-04-28, AWAITING_APPEAL
            ART_59B_1_A, true,  2026-02-11, 2026-05-11, AWAITING_APPEAL
            ART_59B_1_B, false, 2026-01-28, 2026-04-28, AWAITING_APPEAL
            ART_59B_1_B, true,  2026-02-11, 2026-05-11, AWAITING_APPEAL
            ART_59B_1_C, false, 2026-01-28, 2026-04-28, AWAITING_APPEAL
            ART_59B_1_C, true,  2026-02-11, 2026-05-11, AWAITING_APPEAL
            ART_59B_1_D, false, 2026-06-30, 2027-03-31, SPECIAL_CIRCUMSTANCES
            """;

    @ParameterizedTest(name = "{0} art39={1}: until {2}")
    @CsvSource(textBlock = CAPS)
    void givenSignalledCase_whenOrderedUntilTheLastDayOfTheFirstTerm_thenOrdered(
            DetentionGround ground, boolean article39, LocalDate firstTermLastDay) {
        fixture.given(returnSignalled())
                .when(order(ground, article39, firstTermLastDay))
                .expectEvents(ordered(ground, article39, firstTermLastDay))
                .expectState(c -> assertThat(c.state().detention())
                        .contains(new Detention(ground.basis(), ORDERED, firstTermLastDay, ground, article39)));
    }

    @ParameterizedTest(name = "{0} art39={1}: until {2} + 1 day")
    @CsvSource(textBlock = CAPS)
    void givenSignalledCase_whenOrderedOneDayBeyondTheFirstTerm_thenRejectedTooLong(
            DetentionGround ground, boolean article39, LocalDate firstTermLastDay) {
        rejected(
                fixture.given(returnSignalled()).when(order(ground, article39, firstTermLastDay.plusDays(1))),
                CaseRejection.DETENTION_TOO_LONG);
    }

    @ParameterizedTest(name = "{0} art39={1}: extended until {3} for {4}")
    @CsvSource(textBlock = CAPS)
    void givenDetainedForLessThanTheFirstTerm_whenExtendedToTheLastDayWithExtension_thenExtended(
            DetentionGround ground,
            boolean article39,
            LocalDate firstTermLastDay,
            LocalDate lastDayWithExtension,
            String reasonName) {
        ExtendDetention c = extend(reason(reasonName), lastDayWithExtension);
        fixture.given(SIGNALLED_IN_2025, ordered(ground, article39, firstTermLastDay.minusDays(7)))
                .when(c)
                .expectEvents(new DetentionExtended(CASE_ID, c.reason(), lastDayWithExtension, EXTENDED_ON))
                .expectState(case_ -> assertThat(
                                case_.state().detention().orElseThrow().maximumEndOn())
                        .isEqualTo(lastDayWithExtension));
    }

    @ParameterizedTest(name = "{0} art39={1}: extended until {3} + 1 day for {4}")
    @CsvSource(textBlock = CAPS)
    void givenDetained_whenExtendedOneDayBeyondTheLastDayWithExtension_thenRejectedTooLong(
            DetentionGround ground,
            boolean article39,
            LocalDate firstTermLastDay,
            LocalDate lastDayWithExtension,
            String reasonName) {
        rejected(
                fixture.given(SIGNALLED_IN_2025, ordered(ground, article39, firstTermLastDay))
                        .when(extend(reason(reasonName), lastDayWithExtension.plusDays(1))),
                CaseRejection.DETENTION_EXTENSION_TOO_LONG);
    }

    @Test
    void givenArt59bGroundADetention_whenOrderedUntil28January_thenOrderedAnd29JanuaryIsRefused() {
        // The brief's example: 4 weeks from 2026-01-01 ends on 2026-01-28 (ordered + 27 days).
        fixture.given(returnSignalled())
                .when(order(DetentionGround.ART_59B_1_A, false, LocalDate.of(2026, 1, 28)))
                .expectSuccessfulHandlerExecution();
        rejected(
                fixture.given(returnSignalled())
                        .when(order(DetentionGround.ART_59B_1_A, false, LocalDate.of(2026, 1, 29))),
                CaseRejection.DETENTION_TOO_LONG);
    }

    @Test
    void givenArt59bGroundADetention_whenExtendedBeyondItsFirstTermWithoutReason_thenRejectedNeedsReason() {
        rejected(
                fixture.given(SIGNALLED_IN_2025, ordered(DetentionGround.ART_59B_1_A, false, LocalDate.of(2026, 1, 28)))
                        .when(extend(null, LocalDate.of(2026, 1, 29))),
                CaseRejection.DETENTION_EXTENSION_NEEDS_REASON);
    }

    @Test
    void givenArt59bGroundADetention_whenExtendedForNonCooperation_thenRejectedReasonNotForGround() {
        rejected(
                fixture.given(SIGNALLED_IN_2025, ordered(DetentionGround.ART_59B_1_A, false, LocalDate.of(2026, 1, 28)))
                        .when(extend(DetentionExtensionReason.NON_COOPERATION, LocalDate.of(2026, 3, 1))),
                CaseRejection.DETENTION_EXTENSION_REASON_NOT_FOR_GROUND);
    }

    @Test
    void givenArt59bGroundDDetention_whenExtendedAwaitingAnAppeal_thenRejectedReasonNotForGround() {
        rejected(
                fixture.given(SIGNALLED_IN_2025, ordered(DetentionGround.ART_59B_1_D, false, LocalDate.of(2026, 6, 30)))
                        .when(extend(DetentionExtensionReason.AWAITING_APPEAL, LocalDate.of(2026, 9, 30))),
                CaseRejection.DETENTION_EXTENSION_REASON_NOT_FOR_GROUND);
    }

    @Test
    void givenArt59Detention_whenExtendedBeyond6MonthsWithoutReason_thenRejectedNeedsReason() {
        rejected(
                fixture.given(SIGNALLED_IN_2025, ordered(DetentionGround.ART_59_1_A, false, LocalDate.of(2026, 6, 30)))
                        .when(extend(null, LocalDate.of(2026, 7, 1))),
                CaseRejection.DETENTION_EXTENSION_NEEDS_REASON);
    }

    @Test
    void givenArt59Detention_whenExtendedWithinItsFirstTermWithoutReason_thenExtended() {
        fixture.given(SIGNALLED_IN_2025, ordered(DetentionGround.ART_59_1_A, false, LocalDate.of(2026, 3, 31)))
                .when(extend(null, LocalDate.of(2026, 6, 30)))
                .expectEvents(new DetentionExtended(CASE_ID, null, LocalDate.of(2026, 6, 30), EXTENDED_ON));
    }

    @Test
    void givenDublinDetention_whenExtendedBeyond6Weeks_thenRejectedTooLong() {
        rejected(
                fixture.given(SIGNALLED_IN_2025, ordered(DetentionGround.ART_59A, false, LocalDate.of(2026, 2, 11)))
                        .when(extend(null, LocalDate.of(2026, 2, 12))),
                CaseRejection.DETENTION_EXTENSION_TOO_LONG);
    }

    @Test
    void givenADetentionPastItsMaximumEnd_whenExtendedAfterwards_thenRejectedPastMaximumEnd() {
        ExtendDetention late = new ExtendDetention(
                CASE_ID, DetentionExtensionReason.AWAITING_APPEAL, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 1, 29));
        rejected(
                fixture.given(SIGNALLED_IN_2025, ordered(DetentionGround.ART_59B_1_A, false, LocalDate.of(2026, 1, 28)))
                        .when(late),
                CaseRejection.DETENTION_PAST_MAXIMUM_END);
    }

    @Test
    void givenADetentionEndingOn28January_whenExtendedOn28January_thenExtended() {
        ExtendDetention onTheLastDay = new ExtendDetention(
                CASE_ID, DetentionExtensionReason.AWAITING_APPEAL, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 1, 28));
        fixture.given(SIGNALLED_IN_2025, ordered(DetentionGround.ART_59B_1_A, false, LocalDate.of(2026, 1, 28)))
                .when(onTheLastDay)
                .expectEvents(new DetentionExtended(
                        CASE_ID,
                        DetentionExtensionReason.AWAITING_APPEAL,
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 1, 28)));
    }

    @Test
    void givenSignalledCase_whenTheGroundIsMissing_thenRejectedMissingField() {
        rejected(
                fixture.given(returnSignalled())
                        .when(new OrderDetention(
                                CASE_ID, DetentionBasis.ART_59B, null, false, ORDERED, LocalDate.of(2026, 1, 28))),
                CommonRejection.MISSING_REQUIRED_FIELD);
    }

    @Test
    void givenSignalledCase_whenTheGroundIsOfAnotherBasis_thenRejectedGroundNotOfBasis() {
        rejected(
                fixture.given(returnSignalled())
                        .when(new OrderDetention(
                                CASE_ID,
                                DetentionBasis.ART_59,
                                DetentionGround.ART_59B_1_A,
                                false,
                                ORDERED,
                                LocalDate.of(2026, 1, 28))),
                CaseRejection.DETENTION_GROUND_NOT_OF_BASIS);
    }

    @Test
    void givenSignalledCase_whenArticle39IsClaimedForArt59GroundA_thenRejectedArticle39NotForGround() {
        rejected(
                fixture.given(returnSignalled())
                        .when(order(DetentionGround.ART_59_1_A, true, LocalDate.of(2026, 1, 28))),
                CaseRejection.DETENTION_ARTICLE_39_NOT_FOR_GROUND);
    }

    @Test
    void givenFamilyWithMinorChildren_whenDetainedUntil14January_thenOrdered() {
        person = FAMILY_WITH_MINOR_CHILDREN;
        fixture.given(returnSignalled())
                .when(order(DetentionGround.ART_59_1_A, false, LocalDate.of(2026, 1, 14)))
                .expectEvents(ordered(DetentionGround.ART_59_1_A, false, LocalDate.of(2026, 1, 14)));
    }

    @Test
    void givenFamilyWithMinorChildren_whenDetainedUntil15January_thenRejectedTooLong() {
        person = FAMILY_WITH_MINOR_CHILDREN;
        rejected(
                fixture.given(returnSignalled())
                        .when(order(DetentionGround.ART_59B_1_A, false, LocalDate.of(2026, 1, 15))),
                CaseRejection.DETENTION_TOO_LONG);
    }

    @Test
    void givenFamilyDetainedFor1Week_whenExtendedTo15January_thenRejectedTooLongAnd14JanuaryIsAllowed() {
        person = FAMILY_WITH_MINOR_CHILDREN;
        DetentionOrdered oneWeek = ordered(DetentionGround.ART_59_1_A, false, LocalDate.of(2026, 1, 7));
        rejected(
                fixture.given(SIGNALLED_IN_2025, oneWeek)
                        .when(new ExtendDetention(
                                CASE_ID,
                                DetentionExtensionReason.NON_COOPERATION,
                                LocalDate.of(2026, 1, 15),
                                LocalDate.of(2026, 1, 7))),
                CaseRejection.DETENTION_EXTENSION_TOO_LONG);
        fixture.given(SIGNALLED_IN_2025, oneWeek)
                .when(new ExtendDetention(CASE_ID, null, LocalDate.of(2026, 1, 14), LocalDate.of(2026, 1, 7)))
                .expectSuccessfulHandlerExecution();
    }

    // ---- detentions recorded before grounds were recorded keep their old meaning ----

    @Test
    void givenArt59DetentionWithoutGround_whenExtendedTo18MonthsAfterTheOrder_thenExtendedAsBefore() {
        DetentionOrdered old = new DetentionOrdered(CASE_ID, DetentionBasis.ART_59, ORDERED, ORDERED.plusMonths(6));
        fixture.given(SIGNALLED_IN_2025, old)
                .when(extend(DetentionExtensionReason.NON_COOPERATION, LocalDate.of(2027, 7, 1)))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> assertThat(c.state().detention())
                        .contains(new Detention(DetentionBasis.ART_59, ORDERED, LocalDate.of(2027, 7, 1))));
    }

    @Test
    void givenArt59DetentionWithoutGround_whenExtendedWithoutReason_thenRejectedAsBefore() {
        DetentionOrdered old = new DetentionOrdered(CASE_ID, DetentionBasis.ART_59, ORDERED, ORDERED.plusMonths(6));
        rejected(
                fixture.given(SIGNALLED_IN_2025, old).when(extend(null, LocalDate.of(2026, 9, 1))),
                CaseRejection.DETENTION_EXTENSION_NEEDS_REASON);
    }

    @Test
    void givenArt59bDetentionWithoutGround_whenExtendedTo15MonthsWithoutReason_thenExtendedAsBefore() {
        DetentionOrdered old = new DetentionOrdered(CASE_ID, DetentionBasis.ART_59B, ORDERED, ORDERED.plusMonths(6));
        fixture.given(SIGNALLED_IN_2025, old)
                .when(extend(null, LocalDate.of(2027, 4, 1)))
                .expectSuccessfulHandlerExecution();
        rejected(
                fixture.given(SIGNALLED_IN_2025, old).when(extend(null, LocalDate.of(2027, 4, 2))),
                CaseRejection.DETENTION_EXTENSION_TOO_LONG);
    }

    @Test
    void givenDublinDetentionWithoutGround_whenExtendedTo12Weeks_thenExtendedAsBefore() {
        DetentionOrdered old = new DetentionOrdered(CASE_ID, DetentionBasis.ART_59A, ORDERED, ORDERED.plusWeeks(6));
        fixture.given(SIGNALLED_IN_2025, old)
                .when(extend(null, ORDERED.plusWeeks(12)))
                .expectEvents(new DetentionExtended(CASE_ID, null, LocalDate.of(2026, 3, 26), EXTENDED_ON));
    }

    // ---- past the maximum: flagged, never extended silently ----

    @Test
    void givenDetentionUntil28January_whenAskedOn28And29January_thenPastItsMaximumOnlyFrom29January() {
        CaseState detained = CaseState.of(List.of(
                new SequencedCaseEvent(0, returnSignalled()),
                new SequencedCaseEvent(1, ordered(DetentionGround.ART_59B_1_A, false, LocalDate.of(2026, 1, 28)))));
        assertThat(detained.detentionPastMaximumOn(LocalDate.of(2026, 1, 28))).isFalse();
        assertThat(detained.detentionPastMaximumOn(LocalDate.of(2026, 1, 29))).isTrue();
        assertThat(detained.isDetained()).isTrue();
    }

    // ---- the rest of the lifecycle ----

    @Test
    void givenInVbl_whenArt59DetentionFor6Months_thenOrderedAndThePlacementEnds() {
        fixture.given(returnSignalled(), returnProspectRecorded(), placedInVbl())
                .when(orderDetention())
                .expectEvents(detentionOrdered())
                .expectState(c -> {
                    assertThat(c.state().detention())
                            .contains(new Detention(
                                    DetentionBasis.ART_59,
                                    DETENTION_ORDERED_ON,
                                    LocalDate.of(2027, 2, 28),
                                    DetentionGround.ART_59_1_A,
                                    false));
                    assertThat(c.state().activeMeasures()).containsExactly(Measure.DETENTION);
                });
    }

    @Test
    void givenSignalledCase_whenDublinDetentionOrderedBeforeTheSignal_thenOrdered() {
        OrderDetention c =
                orderDetention(DetentionGround.ART_59A, false, SIGNALLED_ON.minusDays(2), SIGNALLED_ON.plusWeeks(5));
        fixture.given(returnSignalled()).when(c).expectEvents(detentionOrdered(c));
    }

    @Test
    void givenDetained_whenDetentionOrderedAgain_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), detentionOrdered()).when(orderDetention()),
                CaseRejection.ALREADY_DETAINED);
    }

    @Test
    void givenSignalledCase_whenMaximumEndBeforeTheOrder_thenRejectedOutOfOrder() {
        rejected(
                fixture.given(returnSignalled()).when(order(DetentionGround.ART_59_1_A, false, ORDERED.minusDays(1))),
                CommonRejection.DATES_OUT_OF_ORDER);
    }

    @Test
    void givenArt59Detention_whenExtendedForMissingDocuments_thenExtended() {
        fixture.given(returnSignalled(), detentionOrdered())
                .when(extendDetention())
                .expectEvents(detentionExtended())
                .expectState(c -> assertThat(c.state().detention().orElseThrow().maximumEndOn())
                        .isEqualTo(LocalDate.of(2027, 9, 1)));
    }

    @Test
    void givenNotDetained_whenExtended_thenRejected() {
        rejected(fixture.given(returnSignalled()).when(extendDetention()), CaseRejection.NOT_DETAINED);
    }

    @Test
    void givenDetained_whenLifted_thenLifted() {
        fixture.given(returnSignalled(), detentionOrdered())
                .when(liftDetention())
                .expectEvents(detentionLifted())
                .expectState(c -> assertThat(c.state().isDetained()).isFalse());
    }

    @Test
    void givenNotDetained_whenLifted_thenRejected() {
        rejected(fixture.given(returnSignalled()).when(liftDetention()), CaseRejection.NOT_DETAINED);
    }

    @Test
    void givenDetentionPastItsMaximum_whenLifted_thenLiftedAndNoLongerPastIt() {
        fixture.given(SIGNALLED_IN_2025, ordered(DetentionGround.ART_59B_1_A, false, LocalDate.of(2026, 1, 28)))
                .when(liftDetention())
                .expectEvents(new DetentionLifted(CASE_ID, liftDetention().liftedOn()))
                .expectState(c -> assertThat(
                                c.state().detentionPastMaximumOn(liftDetention().liftedOn()))
                        .isFalse());
    }
}
