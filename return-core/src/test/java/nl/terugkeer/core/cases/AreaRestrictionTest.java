package nl.terugkeer.core.cases;

import static nl.terugkeer.core.testdata.CaseSamples.AMSTERDAM;
import static nl.terugkeer.core.testdata.CaseSamples.AREA_RESTRICTED_ON;
import static nl.terugkeer.core.testdata.CaseSamples.CASE_ID;
import static nl.terugkeer.core.testdata.CaseSamples.areaRestrictionExtended;
import static nl.terugkeer.core.testdata.CaseSamples.areaRestrictionImposed;
import static nl.terugkeer.core.testdata.CaseSamples.areaRestrictionLifted;
import static nl.terugkeer.core.testdata.CaseSamples.departureRecorded;
import static nl.terugkeer.core.testdata.CaseSamples.extendAreaRestriction;
import static nl.terugkeer.core.testdata.CaseSamples.imposeAreaRestriction;
import static nl.terugkeer.core.testdata.CaseSamples.liftAreaRestriction;
import static nl.terugkeer.core.testdata.CaseSamples.returnSignalled;
import static org.assertj.core.api.Assertions.assertThat;

import nl.terugkeer.core.cases.commands.ExtendAreaRestriction;
import nl.terugkeer.core.cases.commands.ImposeAreaRestriction;
import nl.terugkeer.core.cases.commands.LiftAreaRestriction;
import nl.terugkeer.core.cases.events.AreaRestrictionImposed;
import nl.terugkeer.core.shared.CommonRejection;
import nl.terugkeer.core.testdata.CaseSamples;
import org.junit.jupiter.api.Test;

/** The area restriction (vrijheidsbeperkende maatregel, Vw art. 56; Vc A6: at most 12 weeks at a time). */
class AreaRestrictionTest extends CaseFixtureSupport {

    @Test
    void givenSignalledCase_whenAreaRestrictionImposedFor12Weeks_thenInForceAsAMeasureOfItsOwn() {
        fixture.given(returnSignalled())
                .when(imposeAreaRestriction())
                .expectEvents(areaRestrictionImposed())
                .expectState(c -> {
                    assertThat(c.state().activeMeasures()).containsExactly(Measure.AREA_RESTRICTION);
                    assertThat(c.state().areaRestrictionOn(AREA_RESTRICTED_ON.plusWeeks(12)))
                            .isPresent();
                    assertThat(c.state()
                                    .areaRestrictionOn(
                                            AREA_RESTRICTED_ON.plusWeeks(12).plusDays(1)))
                            .isEmpty();
                });
    }

    @Test
    void givenSignalledCase_whenImposedForOneDayMoreThan12Weeks_thenRejected() {
        rejected(
                fixture.given(returnSignalled())
                        .when(new ImposeAreaRestriction(
                                CASE_ID,
                                AreaRestrictionKind.STAY_IN_AREA,
                                AMSTERDAM,
                                AREA_RESTRICTED_ON,
                                AREA_RESTRICTED_ON.plusWeeks(12).plusDays(1))),
                CaseRejection.AREA_RESTRICTION_TOO_LONG);
    }

    @Test
    void givenSignalledCase_whenLastDayBeforeImposition_thenRejected() {
        rejected(
                fixture.given(returnSignalled())
                        .when(new ImposeAreaRestriction(
                                CASE_ID,
                                AreaRestrictionKind.KEEP_OUT_OF_AREA,
                                AMSTERDAM,
                                AREA_RESTRICTED_ON,
                                AREA_RESTRICTED_ON.minusDays(1))),
                CommonRejection.DATES_OUT_OF_ORDER);
    }

    @Test
    void givenARestrictionInForce_whenImposedAgainOnItsLastDay_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), areaRestrictionImposed())
                        .when(new ImposeAreaRestriction(
                                CASE_ID,
                                AreaRestrictionKind.STAY_IN_AREA,
                                AMSTERDAM,
                                AREA_RESTRICTED_ON.plusWeeks(12),
                                AREA_RESTRICTED_ON.plusWeeks(13))),
                CaseRejection.AREA_RESTRICTION_ALREADY_IN_FORCE);
    }

    @Test
    void givenARestrictionThatRanOut_whenImposedTheDayAfter_thenANewOne() {
        fixture.given(returnSignalled(), areaRestrictionImposed())
                .when(new ImposeAreaRestriction(
                        CASE_ID,
                        AreaRestrictionKind.STAY_IN_AREA,
                        AMSTERDAM,
                        AREA_RESTRICTED_ON.plusWeeks(12).plusDays(1),
                        AREA_RESTRICTED_ON.plusWeeks(14)))
                .expectEvents(new AreaRestrictionImposed(
                        CASE_ID,
                        AreaRestrictionKind.STAY_IN_AREA,
                        AMSTERDAM,
                        AREA_RESTRICTED_ON.plusWeeks(12).plusDays(1),
                        AREA_RESTRICTED_ON.plusWeeks(14)));
    }

    @Test
    void givenARestrictionInForce_whenExtendedBy12WeeksFromItsLastDay_thenExtended() {
        fixture.given(returnSignalled(), areaRestrictionImposed())
                .when(extendAreaRestriction())
                .expectEvents(areaRestrictionExtended())
                .expectState(c -> assertThat(
                                c.state().areaRestriction().orElseThrow().lastDay())
                        .isEqualTo(AREA_RESTRICTED_ON.plusWeeks(20)));
    }

    @Test
    void givenARestrictionInForce_whenExtendedBeyond12WeeksFromItsLastDay_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), areaRestrictionImposed())
                        .when(new ExtendAreaRestriction(
                                CASE_ID,
                                AREA_RESTRICTED_ON.plusWeeks(24).plusDays(1),
                                AREA_RESTRICTED_ON.plusWeeks(1))),
                CaseRejection.AREA_RESTRICTION_TOO_LONG);
    }

    @Test
    void givenARestrictionInForce_whenExtendedToItsOwnLastDay_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), areaRestrictionImposed())
                        .when(new ExtendAreaRestriction(
                                CASE_ID, AREA_RESTRICTED_ON.plusWeeks(12), AREA_RESTRICTED_ON.plusWeeks(1))),
                CaseRejection.AREA_RESTRICTION_EXTENSION_NOT_LATER);
    }

    @Test
    void givenARestrictionThatRanOut_whenExtended_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), areaRestrictionImposed())
                        .when(new ExtendAreaRestriction(
                                CASE_ID,
                                AREA_RESTRICTED_ON.plusWeeks(20),
                                AREA_RESTRICTED_ON.plusWeeks(12).plusDays(1))),
                CaseRejection.NO_AREA_RESTRICTION_IN_FORCE);
    }

    @Test
    void givenAnExtendedRestriction_whenTheyWantAndCanLeave_thenLifted() {
        fixture.given(returnSignalled(), areaRestrictionImposed(), areaRestrictionExtended())
                .when(liftAreaRestriction())
                .expectEvents(areaRestrictionLifted())
                .expectState(c -> assertThat(c.state().activeMeasures()).doesNotContain(Measure.AREA_RESTRICTION));
    }

    @Test
    void givenNoRestriction_whenLifted_thenRejected() {
        rejected(
                fixture.given(returnSignalled()).when(liftAreaRestriction()),
                CaseRejection.NO_AREA_RESTRICTION_IN_FORCE);
    }

    @Test
    void givenARestriction_whenLiftedWithoutReason_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), areaRestrictionImposed())
                        .when(new LiftAreaRestriction(CASE_ID, null, AREA_RESTRICTED_ON.plusWeeks(1))),
                CommonRejection.MISSING_REQUIRED_FIELD);
    }

    @Test
    void givenARestriction_whenThePersonDeparted_thenNoMeasureRemains() {
        fixture.given(returnSignalled(), areaRestrictionImposed())
                .when(CaseSamples.recordDeparture())
                .expectEvents(departureRecorded())
                .expectState(c -> assertThat(c.state().areaRestriction()).isEmpty());
    }
}
