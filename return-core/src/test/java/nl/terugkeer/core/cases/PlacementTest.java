package nl.terugkeer.core.cases;

import static nl.terugkeer.core.testdata.CaseSamples.CASE_ID;
import static nl.terugkeer.core.testdata.CaseSamples.FAMILY_WITH_MINOR_CHILDREN;
import static nl.terugkeer.core.testdata.CaseSamples.PLACED_ON;
import static nl.terugkeer.core.testdata.CaseSamples.detentionOrdered;
import static nl.terugkeer.core.testdata.CaseSamples.endPlacement;
import static nl.terugkeer.core.testdata.CaseSamples.extendVblStay;
import static nl.terugkeer.core.testdata.CaseSamples.placeInFamilyLocation;
import static nl.terugkeer.core.testdata.CaseSamples.placeInVbl;
import static nl.terugkeer.core.testdata.CaseSamples.placedInFamilyLocation;
import static nl.terugkeer.core.testdata.CaseSamples.placedInVbl;
import static nl.terugkeer.core.testdata.CaseSamples.placementEnded;
import static nl.terugkeer.core.testdata.CaseSamples.recordReturnProspect;
import static nl.terugkeer.core.testdata.CaseSamples.returnProspectRecorded;
import static nl.terugkeer.core.testdata.CaseSamples.returnSignalled;
import static nl.terugkeer.core.testdata.CaseSamples.vblStayExtended;
import static org.assertj.core.api.Assertions.assertThat;

import nl.terugkeer.core.cases.commands.ExtendVblStay;
import nl.terugkeer.core.cases.commands.RecordReturnProspect;
import nl.terugkeer.core.cases.events.ReturnProspectRecorded;
import nl.terugkeer.core.shared.CommonRejection;
import org.junit.jupiter.api.Test;

class PlacementTest extends CaseFixtureSupport {

    @Test
    void givenSignalledCase_whenRecordReturnProspect_thenRecorded() {
        fixture.given(returnSignalled()).when(recordReturnProspect()).expectEvents(returnProspectRecorded());
    }

    @Test
    void givenSignalledCase_whenProspectLiesBeforeItsRecording_thenRejectedOutOfOrder() {
        RecordReturnProspect c = recordReturnProspect();
        rejected(
                fixture.given(returnSignalled())
                        .when(new RecordReturnProspect(CASE_ID, c.recordedOn().minusDays(1), c.recordedOn())),
                CommonRejection.DATES_OUT_OF_ORDER);
    }

    @Test
    void givenProspectWithin12Weeks_whenPlaceInVbl_thenPlacedFor12Weeks() {
        fixture.given(returnSignalled(), returnProspectRecorded())
                .when(placeInVbl())
                .expectEvents(placedInVbl())
                .expectState(c -> assertThat(c.state().vblPlacement())
                        .contains(new Placement(PlacementKind.VBL, PLACED_ON, PLACED_ON.plusWeeks(12))));
    }

    @Test
    void givenNoProspect_whenPlaceInVbl_thenRejected() {
        rejected(fixture.given(returnSignalled()).when(placeInVbl()), CaseRejection.VBL_NEEDS_RETURN_PROSPECT);
    }

    @Test
    void givenProspectBeyond12Weeks_whenPlaceInVbl_thenRejected() {
        rejected(
                fixture.given(
                                returnSignalled(),
                                new ReturnProspectRecorded(
                                        CASE_ID, PLACED_ON.plusWeeks(12).plusDays(1), PLACED_ON))
                        .when(placeInVbl()),
                CaseRejection.VBL_NEEDS_RETURN_PROSPECT);
    }

    @Test
    void givenDetained_whenPlaceInVbl_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), returnProspectRecorded(), detentionOrdered())
                        .when(placeInVbl()),
                CaseRejection.PLACEMENT_WHILE_DETAINED);
    }

    @Test
    void givenFamilyWithMinorChildren_whenPlaceInVbl_thenRejected() {
        person = FAMILY_WITH_MINOR_CHILDREN;
        rejected(
                fixture.given(returnSignalled(), returnProspectRecorded()).when(placeInVbl()),
                CaseRejection.VBL_NOT_FOR_FAMILIES);
    }

    @Test
    void givenInVbl_whenPlaceInVblAgain_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), returnProspectRecorded(), placedInVbl())
                        .when(placeInVbl()),
                CaseRejection.ALREADY_PLACED);
    }

    @Test
    void givenInVbl_whenExtended_thenStayExtended() {
        fixture.given(returnSignalled(), returnProspectRecorded(), placedInVbl())
                .when(extendVblStay())
                .expectEvents(vblStayExtended())
                .expectState(
                        c -> assertThat(c.state().vblPlacement().orElseThrow().endsOn())
                                .isEqualTo(extendVblStay().extendedUntil()));
    }

    @Test
    void givenNotInVbl_whenExtended_thenRejected() {
        rejected(fixture.given(returnSignalled()).when(extendVblStay()), CaseRejection.NOT_IN_VBL);
    }

    @Test
    void givenInVbl_whenExtendedByMoreThan12Weeks_thenRejected() {
        ExtendVblStay c = extendVblStay();
        rejected(
                fixture.given(returnSignalled(), returnProspectRecorded(), placedInVbl())
                        .when(new ExtendVblStay(
                                CASE_ID, placedInVbl().endsOn().plusWeeks(12).plusDays(1), c.extendedOn())),
                CaseRejection.VBL_EXTENSION_TOO_LONG);
    }

    @Test
    void givenInVbl_whenExtendedToBeforeTheCurrentEnd_thenRejectedOutOfOrder() {
        rejected(
                fixture.given(returnSignalled(), returnProspectRecorded(), placedInVbl())
                        .when(new ExtendVblStay(
                                CASE_ID,
                                placedInVbl().endsOn().minusDays(1),
                                extendVblStay().extendedOn())),
                CommonRejection.DATES_OUT_OF_ORDER);
    }

    @Test
    void givenProspectMovedBeyondTheExtension_whenExtended_thenRejected() {
        ExtendVblStay c = extendVblStay();
        rejected(
                fixture.given(
                                returnSignalled(),
                                returnProspectRecorded(),
                                placedInVbl(),
                                new ReturnProspectRecorded(
                                        CASE_ID, c.extendedUntil().plusDays(1), c.extendedOn()))
                        .when(c),
                CaseRejection.VBL_NEEDS_RETURN_PROSPECT);
    }

    @Test
    void givenFamilyWithMinorChildren_whenPlaceInFamilyLocation_thenPlaced() {
        person = FAMILY_WITH_MINOR_CHILDREN;
        fixture.given(returnSignalled())
                .when(placeInFamilyLocation())
                .expectEvents(placedInFamilyLocation())
                .expectState(c -> assertThat(c.state().activeMeasures()).containsExactly(Measure.FAMILY_LOCATION));
    }

    @Test
    void givenNoMinorChildren_whenPlaceInFamilyLocation_thenRejected() {
        rejected(
                fixture.given(returnSignalled()).when(placeInFamilyLocation()),
                CaseRejection.FAMILY_LOCATION_NEEDS_MINOR_CHILDREN);
    }

    @Test
    void givenFamilyDetained_whenPlaceInFamilyLocation_thenRejected() {
        person = FAMILY_WITH_MINOR_CHILDREN;
        rejected(
                fixture.given(returnSignalled(), detentionOrdered()).when(placeInFamilyLocation()),
                CaseRejection.PLACEMENT_WHILE_DETAINED);
    }

    @Test
    void givenInVbl_whenPlacementEnds_thenEnded() {
        fixture.given(returnSignalled(), returnProspectRecorded(), placedInVbl())
                .when(endPlacement())
                .expectEvents(placementEnded())
                .expectState(c -> assertThat(c.state().placement()).isEmpty());
    }

    @Test
    void givenNotPlaced_whenPlacementEnds_thenRejected() {
        rejected(fixture.given(returnSignalled()).when(endPlacement()), CaseRejection.NOT_PLACED);
    }
}
