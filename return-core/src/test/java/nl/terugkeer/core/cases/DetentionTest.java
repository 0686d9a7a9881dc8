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
import nl.terugkeer.core.cases.commands.ExtendDetention;
import nl.terugkeer.core.cases.commands.OrderDetention;
import nl.terugkeer.core.cases.events.DetentionExtended;
import nl.terugkeer.core.cases.events.DetentionOrdered;
import nl.terugkeer.core.shared.CommonRejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DetentionTest extends CaseFixtureSupport {

    private static OrderDetention order(DetentionBasis basis, LocalDate orderedOn, LocalDate maximumEndOn) {
        return new OrderDetention(CASE_ID, basis, orderedOn, maximumEndOn);
    }

    private static ExtendDetention extend(DetentionExtensionReason reason, LocalDate until) {
        return new ExtendDetention(CASE_ID, reason, until, extendDetention().extendedOn());
    }

    @Test
    void givenInVbl_whenArt59DetentionFor6Months_thenOrderedAndThePlacementEnds() {
        fixture.given(returnSignalled(), returnProspectRecorded(), placedInVbl())
                .when(orderDetention())
                .expectEvents(detentionOrdered())
                .expectState(c -> {
                    assertThat(c.state().detention())
                            .contains(new Detention(
                                    DetentionBasis.ART_59, DETENTION_ORDERED_ON, DETENTION_ORDERED_ON.plusMonths(6)));
                    assertThat(c.state().activeMeasures()).containsExactly(Measure.DETENTION);
                });
    }

    @ParameterizedTest
    @EnumSource(
            value = DetentionBasis.class,
            names = {"ART_59", "ART_59B"})
    void givenSignalledCase_whenDetentionLongerThan6Months_thenRejected(DetentionBasis basis) {
        rejected(
                fixture.given(returnSignalled())
                        .when(order(
                                basis,
                                DETENTION_ORDERED_ON,
                                DETENTION_ORDERED_ON.plusMonths(6).plusDays(1))),
                CaseRejection.DETENTION_TOO_LONG);
    }

    @Test
    void givenSignalledCase_whenDublinDetentionOrderedBeforeTheSignal_thenOrdered() {
        OrderDetention c = order(DetentionBasis.ART_59A, SIGNALLED_ON.minusDays(2), SIGNALLED_ON.plusWeeks(6));
        fixture.given(returnSignalled())
                .when(c)
                .expectEvents(new DetentionOrdered(CASE_ID, c.basis(), c.orderedOn(), c.maximumEndOn()));
    }

    @Test
    void givenFamilyWithMinorChildren_whenDetainedLongerThan2Weeks_thenRejected() {
        person = FAMILY_WITH_MINOR_CHILDREN;
        rejected(
                fixture.given(returnSignalled())
                        .when(order(DetentionBasis.ART_59, DETENTION_ORDERED_ON, DETENTION_ORDERED_ON.plusDays(15))),
                CaseRejection.DETENTION_TOO_LONG);
    }

    @Test
    void givenFamilyWithMinorChildren_whenDetainedFor2Weeks_thenOrdered() {
        person = FAMILY_WITH_MINOR_CHILDREN;
        OrderDetention c = order(DetentionBasis.ART_59, DETENTION_ORDERED_ON, DETENTION_ORDERED_ON.plusWeeks(2));
        fixture.given(returnSignalled())
                .when(c)
                .expectEvents(new DetentionOrdered(CASE_ID, c.basis(), c.orderedOn(), c.maximumEndOn()));
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
                fixture.given(returnSignalled())
                        .when(order(DetentionBasis.ART_59, DETENTION_ORDERED_ON, DETENTION_ORDERED_ON.minusDays(1))),
                CommonRejection.DATES_OUT_OF_ORDER);
    }

    @Test
    void givenArt59Detention_whenExtendedForMissingDocuments_thenExtended() {
        fixture.given(returnSignalled(), detentionOrdered())
                .when(extendDetention())
                .expectEvents(detentionExtended())
                .expectState(c -> assertThat(c.state().detention().orElseThrow().maximumEndOn())
                        .isEqualTo(DETENTION_ORDERED_ON.plusMonths(12)));
    }

    @Test
    void givenArt59Detention_whenExtendedWithoutReason_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), detentionOrdered())
                        .when(extend(null, DETENTION_ORDERED_ON.plusMonths(12))),
                CaseRejection.DETENTION_EXTENSION_NEEDS_REASON);
    }

    @Test
    void givenArt59Detention_whenExtendedBeyond18Months_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), detentionOrdered())
                        .when(extend(
                                DetentionExtensionReason.NON_COOPERATION,
                                DETENTION_ORDERED_ON.plusMonths(18).plusDays(1))),
                CaseRejection.DETENTION_EXTENSION_TOO_LONG);
    }

    @Test
    void givenFamilyDetainedFor2Weeks_whenExtended_thenRejected() {
        person = FAMILY_WITH_MINOR_CHILDREN;
        rejected(
                fixture.given(
                                returnSignalled(),
                                new DetentionOrdered(
                                        CASE_ID,
                                        DetentionBasis.ART_59,
                                        DETENTION_ORDERED_ON,
                                        DETENTION_ORDERED_ON.plusWeeks(1)))
                        .when(extend(DetentionExtensionReason.NON_COOPERATION, DETENTION_ORDERED_ON.plusWeeks(3))),
                CaseRejection.DETENTION_EXTENSION_TOO_LONG);
    }

    @Test
    void givenDublinDetention_whenExtendedWithoutReason_thenExtended() {
        DetentionOrdered dublin = new DetentionOrdered(
                CASE_ID, DetentionBasis.ART_59A, DETENTION_ORDERED_ON, DETENTION_ORDERED_ON.plusWeeks(6));
        ExtendDetention c = extend(null, DETENTION_ORDERED_ON.plusWeeks(12));
        fixture.given(returnSignalled(), dublin)
                .when(c)
                .expectEvents(new DetentionExtended(CASE_ID, null, c.extendedUntil(), c.extendedOn()));
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
}
